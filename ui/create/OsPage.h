#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace Vireo::Ui {

class NewVmWizard;

class OsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OsPage(NewVmWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    /// For tests and keyboard users: filter the picker and choose the first match.
    bool pick(const QString &shortId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void detect();
    void fillPicker();
    void showPicker(bool on);

    NewVmWizard *m_wizard;
    QLabel *m_result;
    QToolButton *m_other;
    QLineEdit *m_search;
    QListWidget *m_list;
    bool m_detecting = false;
};

} // namespace Vireo::Ui
