#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Vireo::Ui {

/// Asks for a libvirt URI (with common choices offered) and whether to connect read-only.
class AddConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddConnectionDialog(QWidget *parent = nullptr);

    QString uri() const;
    bool readOnly() const;
    void setUri(const QString &uri);

private:
    void validate();

    QComboBox *m_uri;
    QCheckBox *m_readOnly;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Vireo::Ui
