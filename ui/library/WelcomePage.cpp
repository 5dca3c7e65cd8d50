#include "ui/library/WelcomePage.h"

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "domains/DomainListModel.h"
#include "ui/common/Icons.h"
#include "ui/library/HostCheckView.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Vireo::Ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_create(new QPushButton(tr("&Create a Virtual Machine..."), this))
    , m_connect(new QPushButton(tr("Connect to a &Host..."), this))
    , m_check(new HostCheckView(this))
{
    setObjectName(QStringLiteral("welcome"));
    auto *title = new QLabel(tr("No virtual machines yet"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("A virtual machine runs another operating system in a window: "
                                "to try it, develop on it, or keep risky work away from this "
                                "computer. Create one from an install image, a disk image or a "
                                "cloud image, or connect to another host to see its machines."),
                             this);
    intro->setWordWrap(true);
    m_create->setObjectName(QStringLiteral("welcomeCreate"));
    m_create->setIcon(themedIcon(QStringLiteral("list-add"), QStringLiteral("vm-new")));
    m_create->setDefault(true);
    m_create->setToolTip(tr("Opens the new virtual machine wizard (Ctrl+N)"));
    m_connect->setObjectName(QStringLiteral("welcomeConnect"));
    m_connect->setIcon(themedIcon(QStringLiteral("network-server"), QStringLiteral("vm-connect")));
    m_connect->setToolTip(tr("Adds a libvirt connection: this computer's system or session "
                             "daemon, or another host over SSH (Ctrl+Shift+N)"));
    connect(m_create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::connectRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_connect);
    buttons->addStretch(1);
    auto *checkBox = new QGroupBox(tr("Is this computer ready?"), this);
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_check);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(checkBox);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the text wraps instead
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void WelcomePage::watch(ConnectionRegistry *registry, DomainListModel *model)
{
    m_registry = registry;
    m_model = model;
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(model)}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &WelcomePage::update);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &WelcomePage::update);
        connect(m, &QAbstractItemModel::modelReset, this, &WelcomePage::update);
    }
    const auto follow = [this](Connection *c) {
        connect(c, &Connection::stateChanged, this, [this] {
            if (m_needed)
                recheck();
        });
    };
    for (Connection *c : registry->connections())
        follow(c);
    connect(registry, &ConnectionRegistry::added, this, [this, follow](Connection *c) {
        follow(c);
        update();
        if (m_needed)
            recheck();
    });
    connect(registry, &ConnectionRegistry::removed, this, [this] {
        update();
        if (m_needed)
            recheck();
    });
    update();
    if (m_needed)
        recheck();
}

void WelcomePage::update()
{
    if (!m_model)
        return;
    int machines = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        machines += m_model->rowCount(m_model->index(r, 0));
    const bool needed = machines == 0;
    if (needed == m_needed)
        return;
    m_needed = needed;
    if (needed)
        recheck();
    Q_EMIT neededChanged(needed);
}

void WelcomePage::recheck()
{
    if (!m_registry)
        return;
    Connection *chosen = nullptr;
    for (Connection *c : m_registry->connections())
        if (!chosen && c->state() == Connection::State::Connected)
            chosen = c;
    if (!chosen && !m_registry->connections().isEmpty())
        chosen = m_registry->connections().first();
    m_check->check(chosen);
}

} // namespace Vireo::Ui
