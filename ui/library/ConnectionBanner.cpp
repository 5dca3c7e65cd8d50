#include "ui/library/ConnectionBanner.h"

#include "ui/common/Tint.h"

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Vireo::Ui {

ConnectionBanner::ConnectionBanner(ConnectionRegistry *registry, QWidget *parent)
    : QFrame(parent)
    , m_registry(registry)
    , m_label(new QLabel(this))
    , m_reconnect(new QPushButton(tr("Reconnect Now"), this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    Tint::apply(this, Tint::Role::Warning);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reconnect);
    connect(m_reconnect, &QPushButton::clicked, this, [this] {
        if (m_shown)
            m_shown->reconnectNow();
    });
    for (Connection *c : registry->connections())
        watch(c);
    connect(registry, &ConnectionRegistry::added, this, &ConnectionBanner::watch);
    connect(registry, &ConnectionRegistry::removed, this, [this] {
        m_shown = nullptr;
        update();
    });
    update();
}

QString ConnectionBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void ConnectionBanner::watch(Connection *connection)
{
    connect(connection, &Connection::stateChanged, this, &ConnectionBanner::update);
    update();
}

void ConnectionBanner::update()
{
    m_shown = nullptr;
    QStringList lines;
    for (Connection *c : m_registry->connections()) {
        if (c->state() == Connection::State::Connected)
            continue;
        if (!m_shown)
            m_shown = c;
        QString line = QStringLiteral("<b>%1: %2.</b>")
                           .arg(c->displayName().toHtmlEscaped(),
                                Connection::stateText(c->state()).toHtmlEscaped());
        if (!c->stateDetail().isEmpty())
            line += QLatin1Char(' ') + c->stateDetail().toHtmlEscaped();
        lines << line;
    }
    m_label->setText(lines.join(QStringLiteral("<br>")));
    const bool offerReconnect = m_shown
                                && (m_shown->state() == Connection::State::Disconnected
                                    || m_shown->state() == Connection::State::Reconnecting);
    m_reconnect->setVisible(offerReconnect);
    setVisible(!lines.isEmpty());
}

} // namespace Vireo::Ui
