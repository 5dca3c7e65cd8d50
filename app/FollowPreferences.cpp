#include "app/FollowPreferences.h"

#include "stats/StatsSampler.h"
#include "stats/StatsStore.h"
#include "ui/common/Preferences.h"

#include <QPointer>

namespace Vireo::App {

void followPreferences(StatsSampler *sampler, StatsStore *store)
{
    const QPointer<StatsStore> history(store);
    const auto apply = [sampler, history] {
        const Ui::Preferences *p = Ui::Preferences::instance();
        sampler->setInterval(p->statsIntervalMs());
        sampler->setGroups((p->sampleDisks() ? Stats::Disks : 0)
                           | (p->sampleNetwork() ? Stats::Network : 0));
        sampler->setStore(p->keepHistory() ? history.data() : nullptr);
    };
    apply();
    QObject::connect(Ui::Preferences::instance(), &Ui::Preferences::changed, sampler,
                     [apply](const QString &key) {
                         if (key.startsWith(QLatin1String("stats/")))
                             apply();
                     });
}

void followHistoryPreferences()
{
    const auto apply = [] {
        StatsStore::setCoarseKeepMs(qint64(Ui::Preferences::instance()->historyDays()) * 24 * 3600
                                    * 1000);
    };
    apply();
    QObject::connect(Ui::Preferences::instance(), &Ui::Preferences::changed,
                     Ui::Preferences::instance(), [apply](const QString &key) {
                         if (key == QLatin1String("stats/historyDays"))
                             apply();
                     });
}

} // namespace Vireo::App
