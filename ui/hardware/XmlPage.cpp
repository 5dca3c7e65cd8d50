#include "ui/hardware/XmlPage.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "hardware/HardwareEditor.h"
#include "ui/common/Tint.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

/// Element names, attribute names, values and comments in the palette's colours.
class XmlHighlighter : public QSyntaxHighlighter
{
public:
    /// `dark`: the editor's background is dark (lighter colours then, as readable).
    XmlHighlighter(QTextDocument *doc, bool dark)
        : QSyntaxHighlighter(doc)
    {
        m_tag.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x20, 0x4a, 0x87));
        m_tag.setFontWeight(QFont::Bold);
        m_attribute.setForeground(dark ? QColor(0xf0, 0xc6, 0x74) : QColor(0x8f, 0x59, 0x02));
        m_value.setForeground(dark ? QColor(0x9c, 0xd6, 0x7a) : QColor(0x3e, 0x7a, 0x06));
        m_comment.setForeground(dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x6e, 0x6e, 0x6e));
    }

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression tag(QStringLiteral("</?[\\w:.-]+|/?>"));
        static const QRegularExpression attribute(
            QStringLiteral("([\\w:.-]+)=(\"[^\"]*\"|'[^']*')"));
        static const QRegularExpression comment(QStringLiteral("<!--.*-->"));
        for (auto it = tag.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), m_tag);
        }
        for (auto it = attribute.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_attribute);
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_value);
        }
        for (auto it = comment.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), m_comment);
        }
    }

private:
    QTextCharFormat m_tag;
    QTextCharFormat m_attribute;
    QTextCharFormat m_value;
    QTextCharFormat m_comment;
};

} // namespace

XmlPage::XmlPage(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_apply(new QPushButton(tr("Apply &XML..."), this))
    , m_reset(new QPushButton(tr("&Discard Edits"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("xmlPage"));
    m_editor->setObjectName(QStringLiteral("xmlEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    new XmlHighlighter(m_editor->document(), Tint::isDark(m_editor->palette()));
    m_apply->setObjectName(QStringLiteral("applyXml"));
    m_message->setObjectName(QStringLiteral("xmlMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("The VM's definition as libvirt keeps it. Edits are checked by "
                               "libvirt before anything changes; you see what changes first."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    connect(m_apply, &QPushButton::clicked, this, &XmlPage::apply);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_editor->setPlainText(m_original);
        m_message->clear();
    });
    m_confirm = [this](const QString &diff) { return askWithDialog(diff); };
}

bool XmlPage::isEdited() const
{
    return !m_stale && m_editor->toPlainText() != m_original;
}

void XmlPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_editor->setPlainText(m_original);
    }
}

void XmlPage::setXml(Connection *connection, const QString &uuid, const QString &xml, bool force)
{
    const bool keep = !force && uuid == m_uuid && isEdited();
    m_connection = connection;
    m_uuid = uuid;
    m_original = xml;
    if (!keep) {
        m_message->clear();
        m_stale = !isVisible();
        if (!m_stale)
            m_editor->setPlainText(xml);
    }
}

bool XmlPage::askWithDialog(const QString &diff)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("xmlDiffDialog"));
    dialog.setWindowTitle(tr("Apply these changes?"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Lines starting with - go, lines with + come:"), &dialog));
    auto *view = new QPlainTextEdit(diff, &dialog);
    view->setObjectName(QStringLiteral("diff"));
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new XmlHighlighter(view->document(), Tint::isDark(view->palette()));
    layout->addWidget(view);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, &dialog);
    connect(box->button(QDialogButtonBox::Apply), &QPushButton::clicked, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(box);
    dialog.resize(640, 420);
    return dialog.exec() == QDialog::Accepted;
}

void XmlPage::apply()
{
    if (!m_connection)
        return;
    const QString text = m_editor->toPlainText();
    const QString diff = lineDiff(m_original, text);
    if (diff.isEmpty()) {
        m_message->setText(tr("Nothing changed."));
        return;
    }
    if (!m_confirm(diff))
        return;
    m_apply->setEnabled(false);
    m_message->setText(tr("Applying..."));
    Operation *op = HardwareEditor::defineXml(m_connection, m_uuid, text);
    connect(op, &Operation::finished, this, [this](bool ok, const QString &error) {
        m_apply->setEnabled(true);
        m_message->setText(ok ? tr("Applied.") : error);
        if (ok)
            m_original = m_editor->toPlainText();
        Q_EMIT applied(ok, ok ? tr("The XML was applied.") : error);
    });
}

} // namespace Vireo::Ui
