#include "ui/stats/LogTab.h"

#include "ui/common/EmptyState.h"
#include "ui/common/Tint.h"

#include "core/Connection.h"
#include "core/Validation.h"
#include "stats/EventRecorder.h"
#include "stats/StatsStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

constexpr qint64 kTailBytes = 16 * 1024;

/// The end of a file: at most kTailBytes, from a line start.
QString tailOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() > kTailBytes)
        f.seek(f.size() - kTailBytes);
    QByteArray data = f.readAll();
    if (f.size() > kTailBytes)
        data = data.mid(data.indexOf('\n') + 1);
    return QString::fromUtf8(data);
}

} // namespace

LogTab::LogTab(QWidget *parent)
    : QWidget(parent)
    , m_entries(new QTreeWidget(this))
    , m_qemu(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("logTab"));
    m_entries->setObjectName(QStringLiteral("eventLog"));
    m_entries->setAccessibleName(tr("Events of the machine"));
    m_entries->setHeaderLabels({tr("Time"), tr("Event"), tr("Result")});
    m_entries->setRootIsDecorated(false);
    m_entries->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    showWhenEmpty(m_entries, tr("No events yet. Starting, stopping, saving and changing this "
                                "machine are listed here, with what came of each."));
    m_qemu->setObjectName(QStringLiteral("qemuLog"));
    m_qemu->setAccessibleName(tr("QEMU log of the machine"));
    m_qemu->setReadOnly(true);
    m_qemu->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_qemu->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_entries);
    auto *qemuBox = new QWidget(split);
    auto *qemuLayout = new QVBoxLayout(qemuBox);
    qemuLayout->setContentsMargins(0, 0, 0, 0);
    qemuLayout->addWidget(new QLabel(tr("QEMU's log (its end):"), qemuBox));
    qemuLayout->addWidget(m_qemu);
    split->addWidget(qemuBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void LogTab::setSources(StatsStore *store, EventRecorder *recorder)
{
    m_store = store;
    if (recorder)
        connect(recorder, &EventRecorder::recorded, this, [this](const QString &uuid) {
            if (uuid == m_uuid)
                reload();
        });
}

void LogTab::setDomain(Connection *connection, const QString &uuid)
{
    if (connection == m_connection && uuid == m_uuid)
        return;
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    m_uuid = uuid;
    if (connection)
        connect(connection, &Connection::domainChanged, this, [this](const DomainInfo &d) {
            if (d.uuid == m_uuid)
                reload(); // QEMU wrote more
        });
    reload();
}

QString LogTab::qemuLogPath(const QString &uri, const QString &name)
{
    if (!isLocalUri(uri) || name.isEmpty())
        return {};
    if (uri.startsWith(QLatin1String("qemu:///system")))
        return QStringLiteral("/var/log/libvirt/qemu/%1.log").arg(name);
    if (uri.startsWith(QLatin1String("qemu:///session")))
        return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
               + QStringLiteral("/libvirt/qemu/log/%1.log").arg(name);
    return {};
}

QString LogTab::qemuLog() const
{
    return m_qemu->toPlainText();
}

void LogTab::reload()
{
    const int generation = ++m_generation;
    const auto domain = m_connection ? m_connection->domain(m_uuid) : std::nullopt;
    const QString path = domain ? qemuLogPath(m_connection->uri(), domain->name) : QString();
    m_qemu->setPlainText(path.isEmpty() ? tr("(QEMU's log is on the VM's host.)") : tailOf(path));
    m_qemu->moveCursor(QTextCursor::End);
    if (!m_store || m_uuid.isEmpty()) {
        m_entries->clear();
        Q_EMIT loaded();
        return;
    }
    // What is queued for the disk is written before this read runs (one thread, in order).
    auto *watcher = new QFutureWatcher<QList<EventEntry>>(this);
    connect(watcher, &QFutureWatcher<QList<EventEntry>>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_entries->clear();
                for (const EventEntry &e : watcher->result()) {
                    auto *item = new QTreeWidgetItem(m_entries);
                    item->setText(0, QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.timeMs),
                                                        QStringLiteral("yyyy-MM-dd HH:mm:ss")));
                    item->setText(1, e.text);
                    item->setText(2, e.kind == QLatin1String("lifecycle") ? tr("event")
                                     : e.ok                               ? tr("done")
                                            : tr("failed: %1").arg(e.error));
                    if (!e.ok) // red that reads on a light or a dark list
                        item->setForeground(2, Tint::textColor(Tint::Role::ErrorText));
                    item->setToolTip(2, e.error);
                }
                m_entries->scrollToBottom();
                Q_EMIT loaded();
            });
    watcher->setFuture(m_store->events(m_uuid, 0, QDateTime::currentMSecsSinceEpoch() + 1000));
}

} // namespace Vireo::Ui
