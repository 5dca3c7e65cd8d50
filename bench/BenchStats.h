#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>

namespace Vireo::Bench {

/// The middle value of a series of measurements (0 for none).
inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// Benchmarks draw on the X server in DISPLAY when there is one, else offscreen. Before
/// QApplication.
inline void offscreenUnlessDisplay()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace Vireo::Bench
