#include "ui/library/LibraryColumns.h"

#include "domains/DomainListModel.h"
#include "ui/stats/SparklineDelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QTreeView>

namespace Vireo::Ui {

int setUpLibraryColumns(QTreeView *view)
{
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = view->fontMetrics();
    const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    // Thirty characters of a name, under its connection (one indentation) with a state icon.
    const int name
        = fm.horizontalAdvance(QString(30, QLatin1Char('n'))) + 2 * view->indentation() + icon + 12;
    // A column as wide as its widest likely value or its heading (with the sort arrow).
    QAbstractItemModel *model = view->model();
    const auto text = [&fm, header, model](int column, const char *widest) {
        const QString heading
            = model ? model->headerData(column, Qt::Horizontal).toString() : QString();
        return qMax(fm.horizontalAdvance(QString::fromLatin1(widest)) + 24,
                    header->fontMetrics().horizontalAdvance(heading) + 28);
    };
    view->setColumnWidth(DomainListModel::NameColumn, name);
    const QList<std::pair<int, const char *>> widest
        = {{DomainListModel::StateColumn, "Shut off"},
           {DomainListModel::AddressColumn, "192.168.122.100"},
           {DomainListModel::OsColumn, "Windows 11"},
           {DomainListModel::VcpuColumn, "vCPUs"},
           {DomainListModel::MemoryColumn, "16.0 GiB"}};
    for (const auto &[column, sample] : widest)
        view->setColumnWidth(column, text(column, sample));
    view->setColumnWidth(DomainListModel::CpuColumn, 60);
    view->setItemDelegateForColumn(DomainListModel::CpuColumn, new SparklineDelegate(view));
    for (const int column : {int(DomainListModel::AddressColumn), int(DomainListModel::VcpuColumn),
                             int(DomainListModel::MemoryColumn)})
        header->setSectionHidden(column, true);

    // Right-click on the header: which columns show (the name always does).
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        header, &QWidget::customContextMenuRequested, header, [header](const QPoint &at) {
            QMenu menu(header);
            QAbstractItemModel *model = header->model();
            for (int c = 0; model && c < model->columnCount(); ++c) {
                if (c == DomainListModel::NameColumn)
                    continue;
                QAction *a = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
                a->setCheckable(true);
                a->setChecked(!header->isSectionHidden(c));
                QObject::connect(a, &QAction::toggled, header,
                                 [header, c](bool on) { header->setSectionHidden(c, !on); });
            }
            menu.exec(header->mapToGlobal(at));
        });
    int width = 0;
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c))
            width += header->sectionSize(c);
    return width;
}

} // namespace Vireo::Ui
