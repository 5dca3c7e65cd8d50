#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace Vireo {
class ConnectionRegistry;
}

namespace Vireo::Ui {

/// Edit > Preferences: statistics (interval, history kept and for how long), the console's
/// scaling, which actions ask first, the new-VM wizard's defaults, the look and the language.
/// Every change applies at once (Preferences::changed()) and is kept; Close only closes.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(ConnectionRegistry *registry, QWidget *parent = nullptr);

private:
    QWidget *generalPage();
    QWidget *statisticsPage();
    QWidget *consolePage();
    QWidget *confirmationsPage();
    QWidget *newVmPage(ConnectionRegistry *registry);
};

} // namespace Vireo::Ui
