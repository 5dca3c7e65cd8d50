#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

/// The XML page of the Hardware tab: the VM's definition with syntax highlighting, editable.
/// Apply shows what would change as a diff and asks; libvirt validates the XML against its
/// schema, and on refusal its message is shown with nothing changed.
class XmlPage : public QWidget
{
    Q_OBJECT
public:
    explicit XmlPage(QWidget *parent = nullptr);

    /// Shows a definition (replacing unapplied edits only when `force` or none were made).
    void setXml(Connection *connection, const QString &uuid, const QString &xml,
                bool force = false);
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *messageLabel() const { return m_message; }
    bool isEdited() const;
    /// Asks whether to apply a diff; the default shows a dialog. Tests answer it themselves.
    void setConfirm(std::function<bool(const QString &diff)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    /// Applies the editor's text (Apply's work).
    void apply();

Q_SIGNALS:
    void applied(bool ok, const QString &message);

protected:
    /// The text (and its highlighting, which takes a while for a long definition) goes into the
    /// editor only when the page is shown.
    void showEvent(QShowEvent *event) override;

private:
    bool askWithDialog(const QString &diff);

    Connection *m_connection = nullptr;
    QString m_uuid;
    QString m_original;
    bool m_stale = false; // m_original is not in the editor yet
    QPlainTextEdit *m_editor;
    QPushButton *m_apply;
    QPushButton *m_reset;
    QLabel *m_message;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace Vireo::Ui
