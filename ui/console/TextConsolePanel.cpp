#include "ui/console/TextConsolePanel.h"

#include "core/Connection.h"
#include "display/TextConsole.h"
#include "domains/DomainInfo.h"
#include "ui/console/TerminalView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

TextConsolePanel::TextConsolePanel(Connection *connection, const QString &uuid, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_devices(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_terminal(new TerminalView(this))
{
    setObjectName(QStringLiteral("textConsolePanel"));
    m_devices->setObjectName(QStringLiteral("textConsoleDevice"));
    m_devices->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_devices->setAccessibleName(tr("Serial port or console"));
    m_devices->setToolTip(tr("The serial port or console to attach to"));
    m_status->setObjectName(QStringLiteral("textConsoleStatus"));
    m_status->setWordWrap(true);
    m_action->setObjectName(QStringLiteral("textConsoleAction"));
    m_action->hide();
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_devices);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_action);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_terminal, 1);
    setFocusProxy(m_terminal);

    connect(m_terminal, &TerminalView::input, this, [this](const QByteArray &bytes) {
        if (m_console && m_console->isOpen())
            m_console->write(bytes);
    });
    connect(m_devices, &QComboBox::activated, this, [this] {
        if (m_console)
            m_console->close();
        attach(false);
    });
    connect(m_action, &QPushButton::clicked, this, [this] { attach(m_takeOverNext); });
    setConnection(connection);
}

void TextConsolePanel::setConnection(Connection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    delete m_console;
    m_console = nullptr;
    m_connection = connection;
    if (!connection)
        return;
    connect(connection, &Connection::domainChanged, this, &TextConsolePanel::domainChanged);
    if (m_active)
        attach(false);
}

QString TextConsolePanel::status() const
{
    return m_status->text();
}

void TextConsolePanel::setStatus(const QString &text, const QString &button)
{
    m_status->setText(text);
    m_action->setText(button);
    m_action->setVisible(!button.isEmpty());
}

void TextConsolePanel::activate()
{
    if (m_active)
        return;
    m_active = true;
    attach(false);
}

void TextConsolePanel::domainChanged(const DomainInfo &domain)
{
    if (domain.uuid != m_uuid || !m_active)
        return;
    const bool running = domain.isActive();
    // Started again: attach again (a new boot, a fresh screen).
    if (running && !m_wasRunning && !(m_console && m_console->isOpen()))
        attach(false);
    if (!running)
        setStatus(tr("%1 is %2. Its text console is here once it runs.")
                      .arg(domain.name, domain.stateText().toLower()));
    m_wasRunning = running;
}

void TextConsolePanel::attach(bool takeOver)
{
    if (!m_connection)
        return;
    const auto domain = m_connection->domain(m_uuid);
    if (!domain) {
        setStatus(tr("The machine is not on this connection any more."));
        return;
    }
    m_wasRunning = domain->isActive();
    if (!domain->isActive()) {
        setStatus(tr("%1 is %2. Its text console is here once it runs.")
                      .arg(domain->name, domain->stateText().toLower()));
        return;
    }
    const QString name = domain->name;
    setStatus(tr("Attaching..."));
    // Which devices: read each time (a serial port may have been added), keeping the choice.
    readTextDevices(
        m_connection, m_uuid, this, [this, takeOver, name](const QList<TextDevice> &all) {
            const QString chosen = m_devices->currentData().toString();
            m_devices->clear();
            for (const TextDevice &d : all)
                if (d.pty)
                    m_devices->addItem(d.label(), d.alias);
            if (m_devices->count() == 0) {
                setStatus(all.isEmpty()
                              ? tr("%1 has no serial port or console to attach to.").arg(name)
                              : tr("%1's serial ports write to files or sockets, not to a "
                                   "terminal: there is nothing to attach to.")
                                    .arg(name));
                m_devices->hide();
                return;
            }
            m_devices->show();
            if (const int at = m_devices->findData(chosen); at >= 0)
                m_devices->setCurrentIndex(at);
            if (!m_console) {
                m_console = new TextConsole(m_connection, m_uuid, this);
                connect(m_console, &TextConsole::received, m_terminal, &TerminalView::feed);
                connect(m_console, &TextConsole::opened, this, [this] {
                    setStatus(tr("Attached to %1. Ctrl+Shift+C copies, Ctrl+Shift+V pastes.")
                                  .arg(m_devices->currentText()));
                    m_terminal->setFocus();
                });
                connect(m_console, &TextConsole::failed, this,
                        [this](const QString &reason, bool busy) {
                            m_takeOverNext = busy;
                            setStatus(reason, busy ? tr("Take Over") : tr("Try Again"));
                        });
                connect(m_console, &TextConsole::closed, this, [this](const QString &reason) {
                    m_takeOverNext = false;
                    setStatus(reason, tr("Attach Again"));
                });
            }
            m_console->close();
            m_terminal->reset();
            m_console->open(m_devices->currentData().toString(), takeOver);
        });
}

} // namespace Vireo::Ui
