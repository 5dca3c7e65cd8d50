#pragma once

#include <QObject>
#include <QPointer>

namespace Vireo {

class Connection;
class StatsStore;

/// Keeps each VM's event log: every lifecycle event libvirt sends and every operation Vireo ran
/// on the VM (what, when, the result and the error), written to the history store.
class EventRecorder : public QObject
{
    Q_OBJECT
public:
    explicit EventRecorder(StatsStore *store, QObject *parent = nullptr);
    void watch(Connection *connection);
    /// A lifecycle event in words ("Stopped: forced off").
    static QString lifecycleText(int event, int detail);

Q_SIGNALS:
    /// An entry for this VM was recorded (queued for the disk).
    void recorded(const QString &uuid);

private:
    QPointer<StatsStore> m_store;
};

} // namespace Vireo
