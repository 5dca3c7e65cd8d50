#include "xml/XmlTree.h"

#include <QXmlStreamReader>

namespace Vireo {

/// A child of an element: an element, or a piece of text (characters, a comment, a processing
/// instruction...) kept as it was read.
struct XmlElement::Node
{
    std::unique_ptr<XmlElement> element;
    QString raw;  // as read
    QString text; // characters, decoded (for isText)
    bool isText = false;
    bool dirty = false; // text to be written anew from `text`
};

namespace {

QString escapeText(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == u'&')
            out += QLatin1String("&amp;");
        else if (c == u'<')
            out += QLatin1String("&lt;");
        else if (c == u'>')
            out += QLatin1String("&gt;");
        else
            out += c;
    }
    return out;
}

QString escapeAttribute(const QString &s)
{
    QString out = escapeText(s);
    out.replace(QLatin1Char('\''), QLatin1String("&apos;"));
    out.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    return out;
}

bool isBlank(const QString &s)
{
    for (QChar c : s)
        if (!c.isSpace())
            return false;
    return true;
}

} // namespace

XmlElement::~XmlElement() = default;

bool XmlElement::hasAttribute(const QString &name) const
{
    for (const auto &a : m_attributes)
        if (a.first == name)
            return true;
    return false;
}

QString XmlElement::attribute(const QString &name, const QString &fallback) const
{
    for (const auto &a : m_attributes)
        if (a.first == name)
            return a.second;
    return fallback;
}

void XmlElement::setAttribute(const QString &name, const QString &value)
{
    for (auto &a : m_attributes) {
        if (a.first == name) {
            if (a.second != value) {
                a.second = value;
                m_dirty = true;
            }
            return;
        }
    }
    m_attributes.append({name, value});
    m_dirty = true;
}

void XmlElement::removeAttribute(const QString &name)
{
    for (qsizetype i = 0; i < m_attributes.size(); ++i) {
        if (m_attributes.at(i).first == name) {
            m_attributes.removeAt(i);
            m_dirty = true;
            return;
        }
    }
}

QString XmlElement::text() const
{
    QString out;
    for (const auto &n : m_children)
        if (n->isText)
            out += n->text;
    return out;
}

void XmlElement::setText(const QString &text)
{
    if (children().isEmpty() && this->text() == text)
        return;
    const bool wasEmpty = m_children.empty();
    m_children.clear();
    auto node = std::make_unique<Node>();
    node->isText = true;
    node->text = text;
    node->dirty = true;
    m_children.push_back(std::move(node));
    if (wasEmpty && m_selfClosed)
        m_dirty = true; // <a/> becomes <a>text</a>
}

XmlElement *XmlElement::child(const QString &name) const
{
    for (const auto &n : m_children)
        if (n->element && n->element->m_name == name)
            return n->element.get();
    return nullptr;
}

QList<XmlElement *> XmlElement::children(const QString &name) const
{
    QList<XmlElement *> out;
    for (const auto &n : m_children)
        if (n->element && (name.isEmpty() || n->element->m_name == name))
            out << n->element.get();
    return out;
}

XmlElement *XmlElement::find(const QString &path) const
{
    const XmlElement *at = this;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        at = at->child(part);
        if (!at)
            return nullptr;
    }
    return const_cast<XmlElement *>(at);
}

XmlElement *XmlElement::ensureChild(const QString &name)
{
    if (XmlElement *existing = child(name))
        return existing;
    return appendChild(name);
}

QString XmlElement::indentOfChildren() const
{
    // The whitespace before the first child element; else this element's own indent, deeper.
    for (size_t i = 0; i < m_children.size(); ++i) {
        if (m_children[i]->element) {
            if (i > 0 && m_children[i - 1]->isText && isBlank(m_children[i - 1]->text))
                return m_children[i - 1]->text;
            return {};
        }
    }
    QString own = QStringLiteral("\n");
    if (m_parent) {
        own = m_parent->indentOfChildren();
        if (own.isEmpty())
            own = QStringLiteral("\n");
    }
    return own + QStringLiteral("  ");
}

XmlElement *XmlElement::appendChild(const QString &name, const QString &after)
{
    size_t index = m_children.size();
    // After the last element child (of `after`'s name when given), before the closing indent.
    for (size_t i = m_children.size(); i-- > 0;) {
        if (m_children[i]->element
            && (after.isEmpty() || m_children[i]->element->m_name == after)) {
            index = i + 1;
            break;
        }
    }
    if (index == m_children.size() && !m_children.empty() && m_children.back()->isText
        && isBlank(m_children.back()->text))
        index = m_children.size() - 1;
    return insertChildAt(index, name);
}

XmlElement *XmlElement::insertChildAt(size_t index, const QString &name)
{
    const QString indent = indentOfChildren();
    const bool hadElements = !children().isEmpty();
    auto element = std::unique_ptr<XmlElement>(new XmlElement);
    element->m_name = name;
    element->m_parent = this;
    XmlElement *made = element.get();
    auto node = std::make_unique<Node>();
    node->element = std::move(element);
    auto space = std::make_unique<Node>();
    space->isText = true;
    space->text = indent;
    space->dirty = true;
    m_children.insert(m_children.begin() + qsizetype(index), std::move(node));
    m_children.insert(m_children.begin() + qsizetype(index), std::move(space));
    if (!hadElements) {
        // The first child: the closing tag goes on a line of its own, at this element's indent.
        QString closing = indent;
        closing.chop(2);
        auto tail = std::make_unique<Node>();
        tail->isText = true;
        tail->text = closing;
        tail->dirty = true;
        m_children.push_back(std::move(tail));
        if (m_selfClosed)
            m_dirty = true;
    }
    return made;
}

void XmlElement::removeChild(XmlElement *child)
{
    for (size_t i = 0; i < m_children.size(); ++i) {
        if (m_children[i]->element.get() != child)
            continue;
        const bool indented
            = i > 0 && m_children[i - 1]->isText && isBlank(m_children[i - 1]->text);
        m_children.erase(m_children.begin() + qsizetype(i));
        if (indented)
            m_children.erase(m_children.begin() + qsizetype(i - 1));
        if (children().isEmpty()) {
            // No element left: the indent before the closing tag goes too (<a/> again).
            bool onlyBlank = true;
            for (const auto &n : m_children)
                onlyBlank = onlyBlank && n->isText && isBlank(n->text);
            if (onlyBlank) {
                m_children.clear();
                m_dirty = true;
            }
        }
        return;
    }
}

QString XmlElement::startTag(bool selfClosing) const
{
    QString tag = QLatin1Char('<') + m_name;
    for (const auto &[name, value] : m_attributes)
        tag += QLatin1Char(' ') + name + QStringLiteral("='") + escapeAttribute(value)
               + QLatin1Char('\'');
    tag += selfClosing ? QStringLiteral("/>") : QStringLiteral(">");
    return tag;
}

void XmlElement::write(QString &out) const
{
    const bool empty = m_children.empty();
    if (!m_dirty && m_selfClosed == empty) {
        out += m_rawStart;
    } else {
        out += startTag(empty);
    }
    for (const auto &n : m_children) {
        if (n->element)
            n->element->write(out);
        else if (n->dirty)
            out += escapeText(n->text);
        else
            out += n->raw;
    }
    if (empty)
        return;
    if (!m_dirty && !m_selfClosed && !m_rawEnd.isEmpty())
        out += m_rawEnd;
    else
        out += QStringLiteral("</") + m_name + QLatin1Char('>');
}

XmlTree::XmlTree() = default;
XmlTree::~XmlTree() = default;

bool XmlTree::read(const QString &xml, QString *error)
{
    m_before.clear();
    m_after.clear();
    m_root.reset();
    QXmlStreamReader r(xml);
    r.setNamespaceProcessing(false);
    qint64 previous = 0;
    std::unique_ptr<XmlElement> root;
    QList<XmlElement *> open;
    bool rootClosed = false;
    while (!r.atEnd()) {
        const QXmlStreamReader::TokenType token = r.readNext();
        if (r.hasError())
            break;
        qint64 end = r.characterOffset();
        // The reader ends characters only once it has read the '<' of the next markup: that
        // '<' belongs to the next token.
        if (token == QXmlStreamReader::Characters && end > previous
            && xml.at(end - 1) == QLatin1Char('<'))
            --end;
        const QString raw = xml.mid(previous, end - previous);
        previous = end;
        if (token == QXmlStreamReader::StartElement) {
            auto element = std::unique_ptr<XmlElement>(new XmlElement);
            element->m_name = r.qualifiedName().toString();
            for (const QXmlStreamAttribute &a : r.attributes())
                element->m_attributes.append({a.qualifiedName().toString(), a.value().toString()});
            // Without namespace processing, declarations are not attributes: keep them as such.
            for (const QXmlStreamNamespaceDeclaration &ns : r.namespaceDeclarations()) {
                const QString name = ns.prefix().isEmpty()
                                         ? QStringLiteral("xmlns")
                                         : QStringLiteral("xmlns:") + ns.prefix().toString();
                if (!element->hasAttribute(name))
                    element->m_attributes.append({name, ns.namespaceUri().toString()});
            }
            element->m_rawStart = raw;
            element->m_selfClosed = raw.endsWith(QLatin1String("/>"));
            element->m_dirty = false;
            XmlElement *made = element.get();
            if (open.isEmpty()) {
                root = std::move(element);
            } else {
                element->m_parent = open.last();
                auto node = std::make_unique<XmlElement::Node>();
                node->element = std::move(element);
                open.last()->m_children.push_back(std::move(node));
            }
            open.append(made);
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            open.last()->m_rawEnd = raw;
            open.removeLast();
            rootClosed = open.isEmpty();
            continue;
        }
        if (open.isEmpty()) {
            (rootClosed ? m_after : m_before) += raw;
            continue;
        }
        auto node = std::make_unique<XmlElement::Node>();
        node->raw = raw;
        if (token == QXmlStreamReader::Characters) {
            node->isText = true;
            node->text = r.text().toString();
        }
        open.last()->m_children.push_back(std::move(node));
    }
    if (r.hasError() || !root) {
        if (error)
            *error = r.hasError() ? r.errorString() : QStringLiteral("no root element");
        m_before.clear();
        m_after.clear();
        return false;
    }
    m_root = std::move(root);
    return true;
}

QString XmlTree::write() const
{
    QString out = m_before;
    if (m_root)
        m_root->write(out);
    out += m_after;
    return out;
}

} // namespace Vireo
