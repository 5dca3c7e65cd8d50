#pragma once

namespace Vireo {
class StatsSampler;
class StatsStore;
} // namespace Vireo

namespace Vireo::App {

/// A connection's sampler as Preferences say (its interval; whether samples go to `store`),
/// now and whenever they change.
void followPreferences(StatsSampler *sampler, StatsStore *store);
/// How long the history keeps its minute samples, as Preferences say, now and on change.
void followHistoryPreferences();

} // namespace Vireo::App
