#include "ui/library/LibraryColumns.h"

#include "domains/DomainListModel.h"

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
    const int name = 30 * fm.averageCharWidth() + 2 * view->indentation() + icon + 12;
    const auto text = [&fm](const char *widest) {
        return fm.horizontalAdvance(QString::fromLatin1(widest)) + 24;
    };
    view->setColumnWidth(DomainListModel::NameColumn, name);
    view->setColumnWidth(DomainListModel::StateColumn, text("Shut off"));
    view->setColumnWidth(DomainListModel::AddressColumn, text("192.168.122.100"));
    view->setColumnWidth(DomainListModel::OsColumn, text("Windows 11"));
    view->setColumnWidth(DomainListModel::VcpuColumn, text("vCPUs"));
    view->setColumnWidth(DomainListModel::MemoryColumn, text("16.0 GiB"));
    view->setColumnWidth(DomainListModel::CpuColumn, 70);
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
