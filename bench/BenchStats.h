#pragma once

#include <QList>

#include <algorithm>

namespace Vireo::Bench {

/// The middle value of a series of measurements (0 for none).
inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace Vireo::Bench
