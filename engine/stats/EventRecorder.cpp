#include "stats/EventRecorder.h"

#include "core/Connection.h"
#include "stats/StatsStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <libvirt/libvirt.h>

namespace Vireo {

namespace {

struct EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
};

} // namespace

EventRecorder::EventRecorder(StatsStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QString EventRecorder::lifecycleText(int event, int detail)
{
    QString what;
    QString why;
    switch (event) {
    case VIR_DOMAIN_EVENT_DEFINED:
        what = EventText::tr("Defined");
        break;
    case VIR_DOMAIN_EVENT_UNDEFINED:
        what = EventText::tr("Undefined");
        break;
    case VIR_DOMAIN_EVENT_STARTED:
        what = EventText::tr("Started");
        why = detail == VIR_DOMAIN_EVENT_STARTED_RESTORED        ? EventText::tr("restored")
              : detail == VIR_DOMAIN_EVENT_STARTED_FROM_SNAPSHOT ? EventText::tr("from a snapshot")
              : detail == VIR_DOMAIN_EVENT_STARTED_MIGRATED      ? EventText::tr("migrated")
              : detail == VIR_DOMAIN_EVENT_STARTED_WAKEUP        ? EventText::tr("woken up")
                                                                 : EventText::tr("booted");
        break;
    case VIR_DOMAIN_EVENT_SUSPENDED:
        what = EventText::tr("Paused");
        why = detail == VIR_DOMAIN_EVENT_SUSPENDED_IOERROR    ? EventText::tr("disk I/O error")
              : detail == VIR_DOMAIN_EVENT_SUSPENDED_WATCHDOG ? EventText::tr("watchdog")
              : detail == VIR_DOMAIN_EVENT_SUSPENDED_FROM_SNAPSHOT
                  ? EventText::tr("from a snapshot")
              : detail == VIR_DOMAIN_EVENT_SUSPENDED_API_ERROR ? EventText::tr("error")
                                                               : QString();
        break;
    case VIR_DOMAIN_EVENT_RESUMED:
        what = EventText::tr("Resumed");
        break;
    case VIR_DOMAIN_EVENT_STOPPED:
        what = EventText::tr("Stopped");
        why = detail == VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN        ? EventText::tr("shut down")
              : detail == VIR_DOMAIN_EVENT_STOPPED_DESTROYED     ? EventText::tr("forced off")
              : detail == VIR_DOMAIN_EVENT_STOPPED_CRASHED       ? EventText::tr("crashed")
              : detail == VIR_DOMAIN_EVENT_STOPPED_SAVED         ? EventText::tr("saved")
              : detail == VIR_DOMAIN_EVENT_STOPPED_FAILED        ? EventText::tr("failed")
              : detail == VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT ? EventText::tr("from a snapshot")
              : detail == VIR_DOMAIN_EVENT_STOPPED_MIGRATED      ? EventText::tr("migrated")
                                                                 : QString();
        break;
    case VIR_DOMAIN_EVENT_SHUTDOWN:
        what = EventText::tr("Shutting down");
        break;
    case VIR_DOMAIN_EVENT_PMSUSPENDED:
        what = EventText::tr("Suspended by the guest");
        break;
    case VIR_DOMAIN_EVENT_CRASHED:
        what = EventText::tr("Crashed");
        break;
    default:
        what = EventText::tr("Event %1").arg(event);
    }
    return why.isEmpty() ? what : EventText::tr("%1: %2").arg(what, why);
}

void EventRecorder::watch(Connection *connection)
{
    connect(connection, &Connection::lifecycleEvent, this,
            [this](const QString &uuid, int event, int detail) {
                if (!m_store)
                    return;
                m_store->appendEvent(uuid, {QDateTime::currentMSecsSinceEpoch(),
                                            QStringLiteral("lifecycle"),
                                            lifecycleText(event, detail),
                                            true,
                                            {}});
                Q_EMIT recorded(uuid);
            });
    connect(connection, &Connection::jobFinished, this,
            [this](const QString &title, const QStringList &uuids, bool ok, const QString &error) {
                if (!m_store)
                    return;
                // Jobs that name domains change them; reads (lists, displays) name none.
                for (const QString &uuid : uuids) {
                    m_store->appendEvent(uuid, {QDateTime::currentMSecsSinceEpoch(),
                                                QStringLiteral("operation"), title, ok, error});
                    Q_EMIT recorded(uuid);
                }
            });
}

} // namespace Vireo
