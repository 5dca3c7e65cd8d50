#pragma once

#include <QHash>
#include <QWidget>

class QLabel;

namespace Vireo::Ui {

class NewVmWizard;

/// The wizard's steps down its left side, the current one in bold and the ones done in normal
/// text, the rest dimmed: where one is and how much is left (GNOME Boxes and VirtualBox show
/// theirs). The express install step shows only for an install image, where it comes.
class WizardSteps : public QWidget
{
    Q_OBJECT
public:
    explicit WizardSteps(NewVmWizard *wizard);

    /// The steps as shown, the current one first marked with "> " (for tests).
    QStringList shownSteps() const;

private:
    void follow();

    NewVmWizard *m_wizard;
    QHash<int, QLabel *> m_labels; // by page id
};

} // namespace Vireo::Ui
