#pragma once

#include "core/Failure.h"
#include "create/VmCreator.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Vireo::Ui {

class NewVmWizard;

class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(NewVmWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; } // the last page, whatever ids follow it
    QLineEdit *name() const { return m_name; }
    QCheckBox *customize() const { return m_customize; }
    void showProgress(const QString &text);
    void showFailure(const Failure &failure);
    QString problemText() const;

private:
    QString sourceText(const CreateRequest &r) const;
    QString diskText(const CreateRequest &r) const;

    QString problem() const;
    void refresh();

    NewVmWizard *m_wizard;
    QLineEdit *m_name;
    QLabel *m_problem;
    QLabel *m_summary;
    QToolButton *m_showXml;
    QPlainTextEdit *m_xml;
    QCheckBox *m_customize;
    QCheckBox *m_keepMedia;
    QLabel *m_status;
};

} // namespace Vireo::Ui
