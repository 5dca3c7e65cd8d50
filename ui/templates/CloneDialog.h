#pragma once

#include "domains/DomainInfo.h"
#include "templates/Templates.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Vireo::Ui {

/// Asks what Clone or New Instances should make: a name (Clone) or a count and a name pattern
/// (New Instances), linked or full, which disks to copy rather than share (Clone), and whether
/// to start them. What it says under "Linked"
/// tells the user that an ordinary VM becomes a template.
class CloneDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Clone, NewInstances };
    CloneDialog(Mode mode, const DomainInfo &source, const QStringList &takenNames,
                QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString cloneName() const;
    int count() const;
    QString pattern() const;
    CloneRequest::Kind kind() const;
    bool startThem() const;
    /// Clone: the disks (targets) the copy shares with the source instead of copying.
    QStringList sharedDisks() const;

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *countBox() const { return m_count; }
    QRadioButton *linkedButton() const { return m_linked; }

private:
    void validate();

    Mode m_mode;
    QStringList m_taken;
    QLineEdit *m_name;
    QSpinBox *m_count;
    QRadioButton *m_linked;
    QRadioButton *m_full;
    QCheckBox *m_start;
    QList<QCheckBox *> m_disks; // Clone: checked = copied (or overlaid), else shared
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace Vireo::Ui
