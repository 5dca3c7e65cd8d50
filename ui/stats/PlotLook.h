#pragma once

#include <QString>

class QCustomPlot;

namespace Vireo::Ui::PlotLook {

/// The plot in the application's look: its font for the title, axes and legend, and the
/// palette's colours for the background (Base), text and axes (Text) and the grid (Mid), so a
/// dark palette gives a dark plot. Called again when the palette or font changes.
void apply(QCustomPlot *plot);

/// A row above the data with the title on the left and the legend on the right: the legend
/// covers no line and no axis label.
void addTitleRow(QCustomPlot *plot, const QString &title);
void setTitle(QCustomPlot *plot, const QString &title);

/// The note in the middle of a plot with nothing to draw ("No samples yet: the machine is shut
/// off"); an empty text hides it.
void setEmptyText(QCustomPlot *plot, const QString &text);
QString emptyText(const QCustomPlot *plot);

} // namespace Vireo::Ui::PlotLook
