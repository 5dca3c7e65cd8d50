#include "ui/library/PreferencesDialog.h"

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "ui/common/Preferences.h"
#include "ui/console/DisplayView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

/// A combo box whose items carry values, showing `current`'s item, that calls `chosen` with
/// the value of the item the user picks.
template<typename Fn>
QComboBox *choice(QWidget *parent, const QString &name,
                  const QList<QPair<QString, QVariant>> &items, const QVariant &current, Fn chosen)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    for (const auto &[text, value] : items)
        box->addItem(text, value);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    QObject::connect(box, &QComboBox::activated, parent,
                     [box, chosen](int index) { chosen(box->itemData(index)); });
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(ConnectionRegistry *registry, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferences"));
    setWindowTitle(tr("Preferences"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(generalPage(), tr("&General"));
    tabs->addTab(statisticsPage(), tr("&Statistics"));
    tabs->addTab(consolePage(), tr("C&onsole"));
    tabs->addTab(confirmationsPage(), tr("Con&firmations"));
    tabs->addTab(newVmPage(registry), tr("&New Machines"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(new QLabel(tr("Changes apply at once."), this));
    layout->addWidget(buttons);
}

QWidget *PreferencesDialog::generalPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    Preferences *p = Preferences::instance();
    QComboBox *theme = choice(page, QStringLiteral("prefTheme"),
                              {{tr("As the desktop (light or dark)"), QStringLiteral("system")},
                               {tr("Light"), QStringLiteral("light")},
                               {tr("Dark"), QStringLiteral("dark")}},
                              p->theme(), [p](const QVariant &v) { p->setTheme(v.toString()); });
    theme->setToolTip(tr("Follows the desktop's dark or light preference, or keeps one"));
    form->addRow(tr("&Appearance:"), theme);
    const QString native = QLocale::system().nativeLanguageName();
    const QString systemText
        = native.isEmpty() ? tr("As the system") : tr("As the system (%1)").arg(native);
    QComboBox *language
        = choice(page, QStringLiteral("prefLanguage"),
                 {{systemText, QString()},
                  {QStringLiteral("English"), QStringLiteral("en")},
                  {QStringLiteral("Deutsch"), QStringLiteral("de")}},
                 p->language(), [p](const QVariant &v) { p->setLanguage(v.toString()); });
    language->setToolTip(tr("The language of the windows and of numbers, sizes and dates"));
    form->addRow(tr("&Language:"), language);
    form->addRow(QString(), new QLabel(tr("A new language applies when Vireo next starts."), page));
    return page;
}

QWidget *PreferencesDialog::statisticsPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    Preferences *p = Preferences::instance();
    auto *interval = new QDoubleSpinBox(page);
    interval->setObjectName(QStringLiteral("prefInterval"));
    interval->setRange(0.25, 10);
    interval->setSingleStep(0.25);
    interval->setSuffix(tr(" s"));
    interval->setValue(p->statsIntervalMs() / 1000.0);
    interval->setToolTip(tr("How often running machines' CPU, memory, disk and network use are "
                            "read"));
    connect(interval, &QDoubleSpinBox::valueChanged, this,
            [p](double s) { p->setStatsIntervalMs(int(s * 1000)); });
    form->addRow(tr("Sample &every:"), interval);
    auto *disks = new QCheckBox(tr("&Disk activity"), page);
    disks->setObjectName(QStringLiteral("prefSampleDisks"));
    disks->setChecked(p->sampleDisks());
    disks->setToolTip(tr("Bytes and operations per second of each disk"));
    connect(disks, &QCheckBox::toggled, this, [p](bool on) { p->setSampleDisks(on); });
    auto *network = new QCheckBox(tr("Network &traffic"), page);
    network->setObjectName(QStringLiteral("prefSampleNetwork"));
    network->setChecked(p->sampleNetwork());
    network->setToolTip(tr("Bytes per second received and sent by each network card"));
    connect(network, &QCheckBox::toggled, this, [p](bool on) { p->setSampleNetwork(on); });
    form->addRow(tr("Sample:"), new QLabel(tr("CPU and memory, always"), page));
    form->addRow(QString(), disks);
    form->addRow(QString(), network);
    auto *keep = new QCheckBox(tr("&Keep the history on disk (the Performance tab's past)"), page);
    keep->setObjectName(QStringLiteral("prefKeepHistory"));
    keep->setChecked(p->keepHistory());
    connect(keep, &QCheckBox::toggled, this, [p](bool on) { p->setKeepHistory(on); });
    form->addRow(QString(), keep);
    auto *days = new QSpinBox(page);
    days->setObjectName(QStringLiteral("prefHistoryDays"));
    days->setRange(1, 90);
    days->setValue(p->historyDays());
    days->setSuffix(tr(" days"));
    days->setToolTip(tr("Minute averages older than this are removed; the last hour keeps every "
                        "sample"));
    connect(days, &QSpinBox::valueChanged, this, [p](int d) { p->setHistoryDays(d); });
    connect(keep, &QCheckBox::toggled, days, &QWidget::setEnabled);
    days->setEnabled(keep->isChecked());
    form->addRow(tr("Keep &history for:"), days);
    return page;
}

QWidget *PreferencesDialog::consolePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    Preferences *p = Preferences::instance();
    QComboBox *scaling
        = choice(page, QStringLiteral("prefScaling"),
                 {{tr("Fit to window"), 0},
                  {tr("Actual size"), 1},
                  {tr("Resize the guest to the window (needs its agent)"), 2}},
                 p->consoleScaling(), [p](const QVariant &v) { p->setConsoleScaling(v.toInt()); });
    scaling->setToolTip(tr("How consoles show the guest's screen; open consoles follow"));
    form->addRow(tr("&Scaling:"), scaling);
    QList<QPair<QString, QVariant>> keys;
    for (const auto k : {DisplayView::ReleaseKeys::CtrlAlt, DisplayView::ReleaseKeys::RightCtrl,
                         DisplayView::ReleaseKeys::ShiftF12})
        keys.append({DisplayView::releaseKeysText(k), int(k)});
    QComboBox *release = choice(page, QStringLiteral("prefReleaseKeys"), keys, p->releaseKeys(),
                                [p](const QVariant &v) { p->setReleaseKeys(v.toInt()); });
    release->setToolTip(tr("The keys that give the keyboard and mouse back from the console "
                           "(shown in its status bar)"));
    form->addRow(tr("&Release the keyboard with:"), release);
    return page;
}

QWidget *PreferencesDialog::confirmationsPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Ask before:"), page));
    Preferences *p = Preferences::instance();
    for (const Preferences::Confirmation &c : Preferences::confirmations()) {
        auto *box = new QCheckBox(c.label, page);
        box->setObjectName(QStringLiteral("prefConfirm-") + c.key);
        box->setChecked(p->confirms(c.key));
        const QString key = c.key;
        connect(box, &QCheckBox::toggled, this, [p, key](bool on) { p->setConfirms(key, on); });
        layout->addWidget(box);
    }
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::newVmPage(ConnectionRegistry *registry)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    Preferences *p = Preferences::instance();
    QList<QPair<QString, QVariant>> connections{{tr("The selected connection"), QString()}};
    for (Connection *c : registry ? registry->connections() : QList<Connection *>())
        connections.append({QStringLiteral("%1 (%2)").arg(c->displayName(), c->uri()), c->uri()});
    if (!p->newVmConnection().isEmpty() && !registry) // remembered, not open now
        connections.append({p->newVmConnection(), p->newVmConnection()});
    QComboBox *connection
        = choice(page, QStringLiteral("prefNewVmConnection"), connections, p->newVmConnection(),
                 [p](const QVariant &v) { p->setNewVmConnection(v.toString()); });
    form->addRow(tr("&Connection:"), connection);
    auto *pool = new QLineEdit(p->newVmPool(), page);
    pool->setObjectName(QStringLiteral("prefNewVmPool"));
    pool->setToolTip(tr("The storage pool new disks go to (default: \"default\")"));
    connect(pool, &QLineEdit::editingFinished, this, [p, pool] { p->setNewVmPool(pool->text()); });
    form->addRow(tr("Storage &pool:"), pool);
    auto *network = new QLineEdit(p->newVmNetwork(), page);
    network->setObjectName(QStringLiteral("prefNewVmNetwork"));
    network->setToolTip(tr("The virtual network new machines' NAT card joins (default: "
                           "\"default\")"));
    connect(network, &QLineEdit::editingFinished, this,
            [p, network] { p->setNewVmNetwork(network->text()); });
    form->addRow(tr("&Network:"), network);
    QComboBox *firmware
        = choice(page, QStringLiteral("prefNewVmFirmware"),
                 {{tr("As the operating system needs"), QStringLiteral("auto")},
                  {tr("BIOS (unless the OS needs UEFI)"), QStringLiteral("bios")},
                  {tr("UEFI"), QStringLiteral("uefi")}},
                 p->newVmFirmware(), [p](const QVariant &v) { p->setNewVmFirmware(v.toString()); });
    form->addRow(tr("&Firmware:"), firmware);
    return page;
}

} // namespace Vireo::Ui
