#pragma once

#include "create/Import.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace Vireo::Ui {

class NewVmWizard;
class RemoteImagePicker;

class SourcePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SourcePage(NewVmWizard *wizard);
    void setImagePath(const QString &path);
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    /// What reading the chosen file found (off the GUI thread): a problem, or its format.
    struct Inspection
    {
        QString path;
        QString absolutePath;
        QString problem;
        QString format;
        std::optional<ImportPlan> plan; // an import: what it will make
    };
    static Inspection inspect(const QString &path, bool installImage);
    void startInspection();

    NewVmWizard *m_wizard;
    std::optional<Inspection> m_inspection; // of the path and source now chosen
    int m_generation = 0;
    QRadioButton *m_image;
    QRadioButton *m_disk;
    QRadioButton *m_network;
    QRadioButton *m_cloud;
    QRadioButton *m_import;
    QLineEdit *m_path;
    QCheckBox *m_copy;
    QWidget *m_cloudSettings;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPlainTextEdit *m_keys;
    QLabel *m_problem;
    QWidget *m_localRow;         // the image's path on this machine
    RemoteImagePicker *m_remote; // on a remote connection: the install image on that host
    bool m_remoteHost = false;
    bool usesRemoteImage() const;
};

} // namespace Vireo::Ui
