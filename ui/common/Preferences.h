#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace Vireo::Ui {

/// What the user chose in Edit > Preferences, stored with QSettings and told to whoever applies
/// it (changed()) the moment it changes: the samplers' interval and history, the console's
/// scaling, the confirmations, the new-VM wizard's defaults, the look and the language. One per
/// application (instance()); every read goes to QSettings, so another instance (the console
/// program, the next start) sees the same.
class Preferences : public QObject
{
    Q_OBJECT
public:
    static Preferences *instance();

    // Statistics
    int statsIntervalMs() const; // 250-10000, 1000 by default
    void setStatsIntervalMs(int ms);
    bool keepHistory() const; // samples written to disk (the Performance tab's history)
    void setKeepHistory(bool keep);
    int historyDays() const; // how long the minute samples stay, 1-90 (7)
    void setHistoryDays(int days);
    bool sampleDisks() const; // disks' and network cards' traffic (CPU and memory always)
    void setSampleDisks(bool sample);
    bool sampleNetwork() const;
    void setSampleNetwork(bool sample);

    // Console: DisplayView::Scaling as a number (0 fit, 1 actual size, 2 resize the guest).
    int consoleScaling() const;
    void setConsoleScaling(int scaling);
    // The keys that let go of the console's grab: DisplayView::ReleaseKeys as a number (0
    // Ctrl+Alt, 1 the right Ctrl, 2 Shift+F12).
    int releaseKeys() const;
    void setReleaseKeys(int keys);

    // Confirmations: asked before each kind of action unless turned off.
    struct Confirmation
    {
        QString key;
        QString label;
    };
    static QList<Confirmation> confirmations();
    bool confirms(const QString &key) const;
    void setConfirms(const QString &key, bool ask);

    // New virtual machines: the connection the wizard opens on (its URI; empty: the selected
    // one), the storage pool, the NAT network, the firmware ("auto", "bios", "uefi").
    QString newVmConnection() const;
    void setNewVmConnection(const QString &uri);
    QString newVmPool() const;
    void setNewVmPool(const QString &pool);
    QString newVmNetwork() const;
    void setNewVmNetwork(const QString &network);
    QString newVmFirmware() const;
    void setNewVmFirmware(const QString &firmware);

    // Appearance: "system" (the desktop's light or dark), "light", "dark"; the language: empty
    // (the system's), "en", "de".
    QString theme() const;
    void setTheme(const QString &theme);
    QString language() const;
    void setLanguage(const QString &language);

Q_SIGNALS:
    /// `key`: the QSettings key that changed (stats/intervalMs, confirm/forceOff...).
    void changed(const QString &key);

private:
    using QObject::QObject;
    void set(const QString &key, const QVariant &value);
};

} // namespace Vireo::Ui
