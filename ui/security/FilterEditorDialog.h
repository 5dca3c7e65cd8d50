#pragma once

#include "security/Firewall.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

/// The rule editor: a filter of the user's, one row per rule (direction, protocol, source,
/// destination, ports, action, priority). Save checks every rule first and names the rule and
/// field that is wrong; libvirt then applies the rules to every running VM whose card uses the
/// filter.
class FilterEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new filter (`existing` empty) or the user's filter of that name.
    FilterEditorDialog(Connection *connection, const FilterDefinition &existing,
                       QWidget *parent = nullptr);

    /// The filter as the rows say (what Save checks and sends).
    FilterDefinition filter() const;
    /// Sets the rows (tests, and an existing filter once read).
    void setFilter(const FilterDefinition &filter);
    void addRule(const FilterRule &rule = {});
    QTableWidget *rules() const { return m_rules; }
    QLineEdit *nameField() const { return m_name; }
    QLabel *message() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void saved(const QString &name);

private:
    void save();

    QPointer<Connection> m_connection;
    QLineEdit *m_name;
    QTableWidget *m_rules;
    QLabel *m_message;
    QPushButton *m_save;
};

} // namespace Vireo::Ui
