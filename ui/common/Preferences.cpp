#include "ui/common/Preferences.h"

#include <QCoreApplication>
#include <QSettings>

namespace Vireo::Ui {

namespace {

QVariant read(const QString &key, const QVariant &fallback)
{
    return QSettings().value(key, fallback);
}

} // namespace

Preferences *Preferences::instance()
{
    static Preferences *preferences = [] {
        auto *p = new Preferences(QCoreApplication::instance());
        return p;
    }();
    return preferences;
}

void Preferences::set(const QString &key, const QVariant &value)
{
    QSettings settings;
    if (settings.value(key) == value)
        return;
    settings.setValue(key, value);
    Q_EMIT changed(key);
}

int Preferences::statsIntervalMs() const
{
    return qBound(250, read(QStringLiteral("stats/intervalMs"), 1000).toInt(), 10000);
}

void Preferences::setStatsIntervalMs(int ms)
{
    set(QStringLiteral("stats/intervalMs"), qBound(250, ms, 10000));
}

bool Preferences::keepHistory() const
{
    return read(QStringLiteral("stats/keepHistory"), true).toBool();
}

void Preferences::setKeepHistory(bool keep)
{
    set(QStringLiteral("stats/keepHistory"), keep);
}

int Preferences::historyDays() const
{
    return qBound(1, read(QStringLiteral("stats/historyDays"), 7).toInt(), 90);
}

void Preferences::setHistoryDays(int days)
{
    set(QStringLiteral("stats/historyDays"), qBound(1, days, 90));
}

bool Preferences::sampleDisks() const
{
    return read(QStringLiteral("stats/sampleDisks"), true).toBool();
}

void Preferences::setSampleDisks(bool sample)
{
    set(QStringLiteral("stats/sampleDisks"), sample);
}

bool Preferences::sampleNetwork() const
{
    return read(QStringLiteral("stats/sampleNetwork"), true).toBool();
}

void Preferences::setSampleNetwork(bool sample)
{
    set(QStringLiteral("stats/sampleNetwork"), sample);
}

int Preferences::releaseKeys() const
{
    return qBound(0, read(QStringLiteral("console/releaseKeys"), 0).toInt(), 2);
}

void Preferences::setReleaseKeys(int keys)
{
    set(QStringLiteral("console/releaseKeys"), qBound(0, keys, 2));
}

int Preferences::consoleScaling() const
{
    return qBound(0, read(QStringLiteral("console/scaling"), 0).toInt(), 2);
}

void Preferences::setConsoleScaling(int scaling)
{
    set(QStringLiteral("console/scaling"), qBound(0, scaling, 2));
}

QList<Preferences::Confirmation> Preferences::confirmations()
{
    return {{QStringLiteral("forceOff"), tr("Force Off, Force Reset and discarding a saved state")},
            {QStringLiteral("bulk"), tr("An action on several machines at once")},
            {QStringLiteral("deleteSnapshot"), tr("Deleting a snapshot")},
            {QStringLiteral("removeDevice"), tr("Removing a device from a machine")},
            {QStringLiteral("deleteStorage"), tr("Deleting a storage pool or volume")},
            {QStringLiteral("deleteFilter"), tr("Deleting a firewall filter")}};
}

bool Preferences::confirms(const QString &key) const
{
    return read(QStringLiteral("confirm/") + key, true).toBool();
}

void Preferences::setConfirms(const QString &key, bool ask)
{
    set(QStringLiteral("confirm/") + key, ask);
}

QString Preferences::newVmConnection() const
{
    return read(QStringLiteral("newVm/connection"), QString()).toString();
}

void Preferences::setNewVmConnection(const QString &uri)
{
    set(QStringLiteral("newVm/connection"), uri);
}

QString Preferences::newVmPool() const
{
    return read(QStringLiteral("newVm/pool"), QStringLiteral("default")).toString();
}

void Preferences::setNewVmPool(const QString &pool)
{
    set(QStringLiteral("newVm/pool"),
        pool.trimmed().isEmpty() ? QStringLiteral("default") : pool.trimmed());
}

QString Preferences::newVmNetwork() const
{
    return read(QStringLiteral("newVm/network"), QStringLiteral("default")).toString();
}

void Preferences::setNewVmNetwork(const QString &network)
{
    set(QStringLiteral("newVm/network"),
        network.trimmed().isEmpty() ? QStringLiteral("default") : network.trimmed());
}

QString Preferences::newVmFirmware() const
{
    const QString f = read(QStringLiteral("newVm/firmware"), QStringLiteral("auto")).toString();
    return QStringList{QStringLiteral("bios"), QStringLiteral("uefi")}.contains(f)
               ? f
               : QStringLiteral("auto");
}

void Preferences::setNewVmFirmware(const QString &firmware)
{
    set(QStringLiteral("newVm/firmware"), firmware);
}

QString Preferences::theme() const
{
    const QString t = read(QStringLiteral("appearance/theme"), QStringLiteral("system")).toString();
    return QStringList{QStringLiteral("light"), QStringLiteral("dark")}.contains(t)
               ? t
               : QStringLiteral("system");
}

void Preferences::setTheme(const QString &theme)
{
    set(QStringLiteral("appearance/theme"), theme);
}

QString Preferences::language() const
{
    return read(QStringLiteral("appearance/language"), QString()).toString();
}

void Preferences::setLanguage(const QString &language)
{
    set(QStringLiteral("appearance/language"), language);
}

} // namespace Vireo::Ui
