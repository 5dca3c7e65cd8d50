#include "ui/security/FilterEditorDialog.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "ui/common/Feedback.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

enum Column { Direction, Protocol, Source, Destination, Ports, Action, Priority, Columns };

QComboBox *combo(const QList<std::pair<QString, QString>> &items, const QString &current)
{
    auto *box = new QComboBox;
    for (const auto &[value, text] : items)
        box->addItem(text, value);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    return box;
}

QString value(QTableWidget *table, int row, int column)
{
    QWidget *w = table->cellWidget(row, column);
    if (auto *c = qobject_cast<QComboBox *>(w))
        return c->currentData().toString();
    if (auto *l = qobject_cast<QLineEdit *>(w))
        return l->text().trimmed();
    if (auto *s = qobject_cast<QSpinBox *>(w))
        return QString::number(s->value());
    return {};
}

} // namespace

FilterEditorDialog::FilterEditorDialog(Connection *connection, const FilterDefinition &existing,
                                       QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_name(new QLineEdit(this))
    , m_rules(new QTableWidget(0, Columns, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("filterEditor"));
    setWindowTitle(existing.name.isEmpty() ? tr("New Firewall Filter")
                                           : tr("Edit Filter %1").arg(existing.name));
    m_name->setObjectName(QStringLiteral("filterName"));
    m_name->setPlaceholderText(tr("e.g. web-server"));
    m_name->setReadOnly(!existing.name.isEmpty());
    m_rules->setObjectName(QStringLiteral("filterRules"));
    m_rules->setHorizontalHeaderLabels({tr("Direction"), tr("Protocol"), tr("Source"),
                                        tr("Destination"), tr("Ports"), tr("Action"),
                                        tr("Priority")});
    m_rules->horizontalHeader()->setStretchLastSection(false);
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(Source, QHeaderView::Stretch);
    m_rules->horizontalHeader()->setSectionResizeMode(Destination, QHeaderView::Stretch);
    m_rules->verticalHeader()->setVisible(true);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setToolTip(tr("Rules run by priority, lowest first. Source and destination: an "
                           "IPv4 address, or a network like 10.0.0.0/24; empty: any. Ports "
                           "(TCP, UDP, SCTP): 22 or 8000-8100, the destination's."));
    m_message->setObjectName(QStringLiteral("filterMessage"));
    m_message->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add Rule"), this);
    add->setObjectName(QStringLiteral("addRule"));
    auto *remove = new QPushButton(tr("&Remove Rule"), this);
    remove->setObjectName(QStringLiteral("removeRule"));
    connect(add, &QPushButton::clicked, this, [this] { addRule(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_rules->currentRow() >= 0)
            m_rules->removeRow(m_rules->currentRow());
    });
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(remove);
    ruleButtons->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &FilterEditorDialog::save);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Rules (in: to the VM, out: from it):"), this));
    layout->addWidget(m_rules, 1);
    layout->addLayout(ruleButtons);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(860, 420);
    if (existing.rules.isEmpty() && existing.name.isEmpty())
        addRule();
    else
        setFilter(existing);
}

void FilterEditorDialog::addRule(const FilterRule &r)
{
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    m_rules->setCellWidget(row, Direction,
                           combo({{QStringLiteral("inout"), tr("both ways")},
                                  {QStringLiteral("in"), tr("in")},
                                  {QStringLiteral("out"), tr("out")}},
                                 r.direction));
    QList<std::pair<QString, QString>> protocols;
    for (const char *p : {"all", "tcp", "udp", "icmp", "sctp"})
        protocols.append({QLatin1String(p), p == QByteArray("all")
                                                ? tr("any")
                                                : QString(QLatin1String(p)).toUpper()});
    m_rules->setCellWidget(row, Protocol, combo(protocols, r.protocol));
    auto *source = new QLineEdit(r.source);
    source->setPlaceholderText(tr("any"));
    m_rules->setCellWidget(row, Source, source);
    auto *destination = new QLineEdit(r.destination);
    destination->setPlaceholderText(tr("any"));
    m_rules->setCellWidget(row, Destination, destination);
    auto *ports
        = new QLineEdit(r.portFrom == 0 ? QString()
                        : r.portTo == 0 ? QString::number(r.portFrom)
                                        : QStringLiteral("%1-%2").arg(r.portFrom).arg(r.portTo));
    ports->setPlaceholderText(tr("any"));
    m_rules->setCellWidget(row, Ports, ports);
    m_rules->setCellWidget(row, Action,
                           combo({{QStringLiteral("drop"), tr("drop")},
                                  {QStringLiteral("reject"), tr("reject")},
                                  {QStringLiteral("accept"), tr("accept")}},
                                 r.action));
    auto *priority = new QSpinBox;
    priority->setRange(-1000, 1000);
    priority->setValue(r.priority);
    m_rules->setCellWidget(row, Priority, priority);
    m_rules->setCurrentCell(row, Direction);
}

void FilterEditorDialog::setFilter(const FilterDefinition &filter)
{
    m_name->setText(filter.name);
    m_rules->setRowCount(0);
    for (const FilterRule &r : filter.rules)
        addRule(r);
}

FilterDefinition FilterEditorDialog::filter() const
{
    FilterDefinition f;
    f.name = m_name->text().trimmed();
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        FilterRule r;
        r.direction = value(m_rules, row, Direction);
        r.protocol = value(m_rules, row, Protocol);
        r.source = value(m_rules, row, Source);
        r.destination = value(m_rules, row, Destination);
        const QString ports = value(m_rules, row, Ports);
        if (!ports.isEmpty()) {
            bool okFrom = false, okTo = true;
            r.portFrom = ports.section(QLatin1Char('-'), 0, 0).trimmed().toInt(&okFrom);
            if (ports.contains(QLatin1Char('-')))
                r.portTo = ports.section(QLatin1Char('-'), 1).trimmed().toInt(&okTo);
            if (!okFrom || !okTo)
                r.portFrom = -1; // validate() names it
        }
        r.action = value(m_rules, row, Action);
        r.priority = value(m_rules, row, Priority).toInt();
        f.rules << r;
    }
    return f;
}

void FilterEditorDialog::save()
{
    const FilterDefinition f = filter();
    if (const QString why = Firewall::validate(f); !why.isEmpty()) {
        m_message->setText(why);
        return;
    }
    if (!m_connection)
        return;
    m_save->setEnabled(false);
    m_message->setText(tr("Saving..."));
    Operation *op = Firewall::defineFilter(m_connection, f);
    connect(op, &Operation::finished, this, [this, op, f](bool ok) {
        m_save->setEnabled(true);
        if (!ok) {
            Feedback::show(m_message, op->failure());
            return;
        }
        Q_EMIT saved(f.name);
        accept();
    });
}

} // namespace Vireo::Ui
