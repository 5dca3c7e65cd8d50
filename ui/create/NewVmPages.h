#pragma once

#include "core/Failure.h"

#include <QWizardPage>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace Vireo::Ui {

class NewVmWizard;

/// Shared look of a page's problem line.
QLabel *makeProblemLabel(QWidget *parent);

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
    };
    static Inspection inspect(const QString &path, bool installImage);
    void startInspection();

    NewVmWizard *m_wizard;
    std::optional<Inspection> m_inspection; // of the path and source now chosen
    int m_generation = 0;
    QRadioButton *m_image;
    QRadioButton *m_disk;
    QRadioButton *m_network;
    QLineEdit *m_path;
    QCheckBox *m_copy;
    QLabel *m_problem;
};

class OsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OsPage(NewVmWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// For tests and keyboard users: filter the picker and choose the first match.
    bool pick(const QString &shortId);

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

class ResourcesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResourcesPage(NewVmWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QSpinBox *memory() const { return m_memory; }
    QSpinBox *vcpus() const { return m_vcpus; }

private:
    QString problem() const;
    void check();

    NewVmWizard *m_wizard;
    QSpinBox *m_memory;
    QSpinBox *m_vcpus;
    QLabel *m_limits;
    QLabel *m_warning;
    QLabel *m_problem;
};

class StoragePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit StoragePage(NewVmWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QSpinBox *size() const { return m_size; }
    QCheckBox *beyondFreeSpace() const { return m_beyond; }

private:
    QString problem() const;
    void check();

    NewVmWizard *m_wizard;
    QSpinBox *m_size;
    QLabel *m_free;
    QCheckBox *m_beyond;
    QLabel *m_problem;
};

class NetworkPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NetworkPage(NewVmWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    /// "user", "default" (NAT), "bridge" or "none".
    void choose(const QString &kind);

private:
    NewVmWizard *m_wizard;
    QRadioButton *m_user;
    QRadioButton *m_nat;
    QRadioButton *m_bridge;
    QRadioButton *m_none;
    QLineEdit *m_bridgeName;
};

class DevicesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DevicesPage(NewVmWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    QComboBox *firmware() const { return m_firmware; }
    QComboBox *accelerator() const { return m_accel; }
    QComboBox *graphics() const { return m_graphics; }
    QCheckBox *tpm() const { return m_tpm; }

private:
    NewVmWizard *m_wizard;
    QComboBox *m_firmware;
    QCheckBox *m_tpm;
    QComboBox *m_graphics;
    QCheckBox *m_socket;
    QComboBox *m_accel;
    QLabel *m_virtio;
};

class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(NewVmWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QLineEdit *name() const { return m_name; }
    QCheckBox *customize() const { return m_customize; }
    void showProgress(const QString &text);
    void showFailure(const Failure &failure);
    QString problemText() const;

private:
    QString problem() const;
    void refresh();

    NewVmWizard *m_wizard;
    QLineEdit *m_name;
    QLabel *m_problem;
    QLabel *m_summary;
    QToolButton *m_showXml;
    QPlainTextEdit *m_xml;
    QCheckBox *m_customize;
    QLabel *m_status;
};

} // namespace Vireo::Ui
