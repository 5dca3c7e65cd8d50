#include "ui/library/HostCheckView.h"

#include "core/Connection.h"
#include "core/Operation.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

QIcon statusIcon(const QWidget *w, HostCheckItem::Status status)
{
    switch (status) {
    case HostCheckItem::Status::Ok:
        return QIcon::fromTheme(QStringLiteral("emblem-ok-symbolic"),
                                w->style()->standardIcon(QStyle::SP_DialogApplyButton));
    case HostCheckItem::Status::Warning:
        return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                w->style()->standardIcon(QStyle::SP_MessageBoxWarning));
    case HostCheckItem::Status::Problem:
        break;
    }
    return QIcon::fromTheme(QStringLiteral("dialog-error"),
                            w->style()->standardIcon(QStyle::SP_MessageBoxCritical));
}

} // namespace

HostCheckView::HostCheckView(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("hostCheck"));
    setAccessibleName(tr("Host check"));
    m_rows->setContentsMargins(0, 0, 0, 0);
}

void HostCheckView::check(Connection *connection)
{
    m_connection = connection;
    const int generation = ++m_generation;
    if (!connection) {
        m_items.clear();
        delete m_list;
        m_list = new QLabel(tr("No connection yet: connect to a host to check it."), this);
        m_rows->addWidget(m_list);
        return;
    }
    if (connection->state() == Connection::State::Connecting
        || connection->state() == Connection::State::Reconnecting) {
        // Checked once it answers or gives up (the caller checks again on its state change).
        m_items.clear();
        delete m_list;
        m_list = new QLabel(tr("Connecting to %1...").arg(connection->uri()), this);
        m_rows->addWidget(m_list);
        return;
    }
    if (connection->state() != Connection::State::Connected) {
        show(HostCheck::unreachable(connection->uri(), connection->stateDetail()));
        return;
    }
    Operation *op = HostCheck::run(connection);
    connect(op, &Operation::finished, this,
            [this, op, generation, connection](bool ok, const QString &error) {
                if (generation != m_generation)
                    return;
                show(ok ? op->value().value<QList<HostCheckItem>>()
                        : HostCheck::unreachable(connection->uri(), error));
            });
}

QPushButton *HostCheckView::fixButton(const QString &key) const
{
    return findChild<QPushButton *>(QStringLiteral("fix-") + key);
}

void HostCheckView::show(const QList<HostCheckItem> &items)
{
    m_items = items;
    delete m_list;
    m_list = new QWidget(this);
    auto *grid = new QGridLayout(m_list);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (int row = 0; row < items.size(); ++row) {
        const HostCheckItem &item = items.at(row);
        auto *icon = new QLabel(m_list);
        icon->setPixmap(statusIcon(this, item.status).pixmap(iconSize, iconSize));
        const QString state = item.status == HostCheckItem::Status::Ok        ? tr("fine")
                              : item.status == HostCheckItem::Status::Warning ? tr("warning")
                                                                              : tr("problem");
        icon->setAccessibleName(state);
        icon->setToolTip(state);
        grid->addWidget(icon, row, 0, Qt::AlignTop);
        // Title, what was found, and the command: plain labels, which wrap to their height.
        auto *lines = new QVBoxLayout;
        lines->setSpacing(2);
        auto *title = new QLabel(item.title, m_list);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        lines->addWidget(title);
        auto *text = new QLabel(item.detail, m_list);
        text->setObjectName(QStringLiteral("check-") + item.key);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setAccessibleName(item.title);
        lines->addWidget(text);
        if (!item.command.isEmpty() && item.status != HostCheckItem::Status::Ok) {
            // One command a line (they are joined with &&), never wrapped in the middle; a
            // line longer than the pane is cut there (the whole is in the tooltip and copies
            // whole) rather than widening the page and cutting every other line.
            const QString text = item.command.split(QStringLiteral(" && ")).join(QLatin1Char('\n'));
            auto *command = new QLabel(tr("Run:\n%1").arg(text), m_list);
            command->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            command->setToolTip(text);
            command->setObjectName(QStringLiteral("command-") + item.key);
            command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            command->setTextInteractionFlags(Qt::TextSelectableByMouse
                                             | Qt::TextSelectableByKeyboard);
            command->setAccessibleName(tr("Command for %1").arg(item.title));
            lines->addWidget(command);
        }
        grid->addLayout(lines, row, 1);
        if (item.fix != HostCheckItem::Fix::None && item.status != HostCheckItem::Status::Ok) {
            auto *fix = new QPushButton(item.fixLabel, m_list);
            fix->setObjectName(QStringLiteral("fix-") + item.key);
            fix->setAccessibleName(QStringLiteral("%1: %2").arg(item.title, item.fixLabel));
            fix->setToolTip(tr("Vireo fixes this: %1").arg(item.command));
            connect(fix, &QPushButton::clicked, this, [this, fix, item] {
                if (!m_connection)
                    return;
                fix->setEnabled(false);
                fix->setText(tr("Fixing..."));
                Operation *op = HostCheck::fix(m_connection, item);
                connect(op, &Operation::finished, this, [this](bool ok, const QString &error) {
                    if (!ok)
                        setToolTip(error);
                    check(m_connection);
                });
            });
            grid->addWidget(fix, row, 2, Qt::AlignTop);
        }
    }
    grid->setRowStretch(int(items.size()), 1); // the lines stay together at the top
    m_rows->addWidget(m_list);
    fitHeight();
    Q_EMIT checked();
}

void HostCheckView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

void HostCheckView::fitHeight()
{
    // Wrapped lines need the height they take at this width: scroll areas and group boxes
    // around the view would otherwise squeeze them to their one-line minimum.
    QLayout *layout = m_list ? m_list->layout() : nullptr;
    const int height = layout && layout->hasHeightForWidth() ? layout->heightForWidth(width())
                       : m_list                              ? m_list->sizeHint().height()
                                                             : 0;
    if (height != minimumHeight())
        setMinimumHeight(height);
}

} // namespace Vireo::Ui
