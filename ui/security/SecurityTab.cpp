#include "ui/security/SecurityTab.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "ui/common/Feedback.h"
#include "ui/security/FirewallDialog.h"
#include "ui/security/IsolationDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

using Level = SecurityFinding::Level;

enum Role { FixRole = Qt::UserRole + 1, UuidRole, KeyRole, CurrentRole, NameRole };

QIcon iconFor(const QStyle *style, Level level)
{
    switch (level) {
    case Level::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Level::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Level::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Level::Flagged:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QString levelText(Level level)
{
    switch (level) {
    case Level::Ok:
        return SecurityTab::tr("As it should be");
    case Level::Info:
        return SecurityTab::tr("Worth knowing");
    case Level::Warning:
        return SecurityTab::tr("Weaker than it should be");
    case Level::Flagged:
        return SecurityTab::tr("Flagged: exposed");
    }
    return {};
}

/// The red a flagged line is written in: the palette's, when it has one that reads as red.
QColor flaggedColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    return text.lightness() > 128 ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x00, 0x20);
}

} // namespace

SecurityTab::SecurityTab(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_findings(new QTreeWidget(this))
    , m_fix(new QPushButton(tr("&Listen on This Computer Only"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_message(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("securityTab"));
    m_summary->setObjectName(QStringLiteral("securitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_findings->setObjectName(QStringLiteral("securityFindings"));
    m_findings->setColumnCount(2);
    m_findings->setHeaderLabels({tr("What"), tr("How it stands")});
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->setUniformRowHeights(false);
    m_findings->header()->setStretchLastSection(true);
    m_findings->setColumnWidth(0, 170);
    m_findings->setAccessibleName(tr("Security findings"));
    m_fix->setObjectName(QStringLiteral("securityFix"));
    m_fix->setEnabled(false);
    m_refresh->setObjectName(QStringLiteral("securityRefresh"));
    m_message->setObjectName(QStringLiteral("securityMessage"));
    m_detail->setObjectName(QStringLiteral("securityDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fix);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(300); // a burst of events (a start: several) reads once
    connect(&m_reloadTimer, &QTimer::timeout, this, &SecurityTab::reload);
    connect(m_refresh, &QPushButton::clicked, this, &SecurityTab::reload);
    connect(m_fix, &QPushButton::clicked, this, &SecurityTab::applyFix);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, &SecurityTab::updateFix);
    setSubject(nullptr, {});
}

void SecurityTab::setSubject(Connection *connection, const QString &uuid)
{
    if (connection == m_connection && uuid == m_uuid && connection)
        return;
    for (const auto &c : std::as_const(m_connectionSignals))
        disconnect(c);
    m_connectionSignals.clear();
    m_connection = connection;
    m_uuid = uuid;
    ++m_generation;
    m_reports.clear();
    m_findings->clear();
    m_message->clear();
    m_detail->clear();
    m_fix->setEnabled(false);
    m_fix->hide();
    m_refresh->setEnabled(connection != nullptr);
    m_findings->setRootIsDecorated(connection && uuid.isEmpty());
    if (!connection) {
        m_summary->setText(tr("Select a VM to see what protects it, or a connection for all "
                              "its VMs."));
        return;
    }
    const auto changed = [this](const QString &id) {
        if ((m_uuid.isEmpty() || id == m_uuid) && isVisible())
            m_reloadTimer.start();
    };
    m_connectionSignals << connect(connection, &Connection::lifecycleEvent, this,
                                   [changed](const QString &id, int, int) { changed(id); });
    m_connectionSignals << connect(
        connection, &Connection::domainEvent, this,
        [changed](const QString &id, const DomainEvent &) { changed(id); });
    m_summary->setText(tr("Reading..."));
    if (isVisible())
        reload();
}

void SecurityTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_connection)
        reload();
}

void SecurityTab::reload()
{
    if (!m_connection)
        return;
    const int generation = ++m_generation;
    Operation *op = m_uuid.isEmpty() ? SecurityAudit::auditAll(m_connection)
                                     : SecurityAudit::audit(m_connection, m_uuid);
    connect(op, &Operation::finished, this, [this, op, generation](bool ok) {
        if (generation != m_generation)
            return;
        if (!ok) {
            m_summary->setText(op->failure().summary);
            Feedback::show(m_message, op->failure());
            return;
        }
        show(m_uuid.isEmpty() ? op->value().value<QList<SecurityReport>>()
                              : QList<SecurityReport>{op->value().value<SecurityReport>()});
    });
}

void SecurityTab::show(const QList<SecurityReport> &reports)
{
    m_reports = reports;
    const QString selectedArea
        = m_findings->currentItem() ? m_findings->currentItem()->text(0) : QString();
    m_findings->clear();
    const QColor red = flaggedColor(palette());
    const auto addFinding = [&](QTreeWidgetItem *parent, const SecurityReport &r,
                                const SecurityFinding &f) {
        auto *item = parent ? new QTreeWidgetItem(parent, {f.area, f.text})
                            : new QTreeWidgetItem(m_findings, {f.area, f.text});
        item->setIcon(0, iconFor(style(), f.level));
        item->setToolTip(1, f.text);
        item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(f.area, levelText(f.level)));
        item->setData(0, FixRole, int(f.fix));
        item->setData(0, UuidRole, r.uuid);
        item->setData(0, KeyRole, f.key);
        item->setData(0, CurrentRole, f.current);
        item->setData(0, NameRole, r.name);
        if (f.level == Level::Flagged)
            item->setForeground(1, red);
        return item;
    };
    int flagged = 0, weak = 0;
    QTreeWidgetItem *firstFlagged = nullptr;
    QTreeWidgetItem *keep = nullptr;
    for (const SecurityReport &r : reports) {
        QTreeWidgetItem *parent = nullptr;
        if (m_uuid.isEmpty()) {
            const Level worst = r.worst();
            parent = new QTreeWidgetItem(m_findings, {r.name, levelText(worst)});
            parent->setIcon(0, iconFor(style(), worst));
            parent->setData(0, UuidRole, r.uuid);
            parent->setExpanded(worst >= Level::Warning);
            if (worst == Level::Flagged)
                parent->setForeground(1, red);
        }
        for (const SecurityFinding &f : r.findings) {
            QTreeWidgetItem *item = addFinding(parent, r, f);
            flagged += f.level == Level::Flagged ? 1 : 0;
            weak += f.level == Level::Warning ? 1 : 0;
            if (!firstFlagged && f.level == Level::Flagged)
                firstFlagged = item;
            if (!parent && f.area == selectedArea)
                keep = item;
        }
    }
    const QString what
        = m_uuid.isEmpty() ? tr("%n VM(s) on this host.", nullptr, int(reports.size())) : QString();
    if (flagged > 0)
        m_summary->setText((what.isEmpty() ? QString() : what + QLatin1Char(' '))
                           + tr("%n flagged line(s): someone else could reach what should be "
                                "private.",
                                nullptr, flagged));
    else if (weak > 0)
        m_summary->setText(
            (what.isEmpty() ? QString() : what + QLatin1Char(' '))
            + tr("Nothing flagged; %n line(s) weaker than they should be.", nullptr, weak));
    else
        m_summary->setText((what.isEmpty() ? QString() : what + QLatin1Char(' '))
                           + tr("Nothing flagged."));
    if (QTreeWidgetItem *current = keep ? keep : firstFlagged) {
        m_findings->setCurrentItem(current);
        m_findings->scrollToItem(current);
    }
    m_findings->resizeColumnToContents(0);
    updateFix();
    Q_EMIT loaded();
}

void SecurityTab::updateFix()
{
    const QTreeWidgetItem *item = m_findings->currentItem();
    m_detail->setText(item ? item->text(0) + QStringLiteral(": ") + item->text(1) : QString());
    // The button is about the selected line: shown only where it has something to do.
    const auto fix = item ? SecurityFix(item->data(0, FixRole).toInt()) : SecurityFix::None;
    m_fix->setVisible(fix != SecurityFix::None);
    if (fix == SecurityFix::DisplayToLoopback) {
        m_fix->setText(tr("&Listen on This Computer Only"));
        m_fix->setToolTip(tr("The display listens on 127.0.0.1: only this computer reaches it "
                             "(Vireo's console still does; from elsewhere, use an SSH "
                             "connection). A running VM takes it at its next start."));
    } else if (fix == SecurityFix::ChooseIsolation) {
        m_fix->setText(tr("Choose &Isolation..."));
        m_fix->setToolTip(tr("What this VM shares with this computer: the clipboard, USB "
                             "devices, folders, the guest agent."));
    } else if (fix == SecurityFix::ChooseFirewall) {
        m_fix->setText(tr("Choose &Firewall..."));
        m_fix->setToolTip(tr("What this network card may send and receive: no spoofing, "
                             "isolated from other VMs, host only, no inbound connections, or a "
                             "filter of yours."));
    }
    const bool readOnly = m_connection && m_connection->isReadOnly();
    m_fix->setEnabled(fix != SecurityFix::None && m_connection && !readOnly);
    if (fix != SecurityFix::None && readOnly)
        m_fix->setToolTip(tr("The connection is read-only."));
}

void SecurityTab::applyFix()
{
    const QTreeWidgetItem *item = m_findings->currentItem();
    if (!item || !m_connection)
        return;
    const QString uuid = item->data(0, UuidRole).toString();
    const auto fix = SecurityFix(item->data(0, FixRole).toInt());
    if (fix == SecurityFix::ChooseIsolation) {
        auto *dialog
            = new IsolationDialog(m_connection, uuid, item->data(0, NameRole).toString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &IsolationDialog::applied, this, [this](const QString &what) {
            m_message->setText(what);
            reload();
        });
        dialog->open();
        return;
    }
    if (fix == SecurityFix::ChooseFirewall) {
        const QStringList current = item->data(0, CurrentRole).toStringList();
        QList<std::pair<QString, QString>> params;
        for (const QString &port : current.mid(1))
            params.append({QStringLiteral("PORTS"), port});
        auto *dialog = new FirewallDialog(m_connection, uuid, item->data(0, NameRole).toString(),
                                          item->data(0, KeyRole).toString(),
                                          Firewall::choiceOf(current.value(0), params), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &FirewallDialog::applied, this, [this](const QString &what) {
            m_message->setText(what);
            reload();
        });
        dialog->open();
        return;
    }
    m_fix->setEnabled(false);
    Operation *op = SecurityAudit::applyFix(m_connection, uuid, fix);
    connect(op, &Operation::finished, this, [this, op](bool ok) {
        if (ok)
            m_message->setText(op->value().toString());
        else
            Feedback::show(m_message, op->failure());
        reload();
    });
}

} // namespace Vireo::Ui
