#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <vector>

namespace Vireo {

/// An XML document that keeps what it does not know: every piece of the text it was read from
/// (the declaration, comments, whitespace, entity references, namespace declarations, the quotes
/// around each attribute) stays as it was unless an edit touches it. Written back unedited, it is
/// the same text, byte for byte; after an edit only the edited start tags and texts are written
/// anew (single quotes, as libvirt writes them) and new elements are indented like their
/// siblings. Names are qualified names as written ("libosinfo:os"); no namespace processing.
class XmlElement
{
public:
    XmlElement(const XmlElement &) = delete;
    XmlElement &operator=(const XmlElement &) = delete;
    ~XmlElement();

    QString name() const { return m_name; }
    XmlElement *parent() const { return m_parent; }

    bool hasAttribute(const QString &name) const;
    QString attribute(const QString &name, const QString &fallback = {}) const;
    QList<QPair<QString, QString>> attributes() const { return m_attributes; }
    /// Sets or adds an attribute (added ones go last).
    void setAttribute(const QString &name, const QString &value);
    void removeAttribute(const QString &name);

    /// The element's own text (its text children, joined), decoded.
    QString text() const;
    /// Replaces the element's content with a text.
    void setText(const QString &text);

    /// The first child element of that name, or null.
    XmlElement *child(const QString &name) const;
    /// The child elements, all or of one name, in document order.
    QList<XmlElement *> children(const QString &name = {}) const;
    /// The first element down a path of names ("os/type"), or null.
    XmlElement *find(const QString &path) const;
    /// The child of that name, made (after the last child, indented like its siblings) when it
    /// is missing.
    XmlElement *ensureChild(const QString &name);
    /// A new child element after the last child element of `after`'s name, else at the end.
    XmlElement *appendChild(const QString &name, const QString &after = {});
    /// Takes a child element out, with the whitespace that indented it.
    void removeChild(XmlElement *child);

    /// The element and everything in it as text, as write() would put it in the document.
    QString toString() const
    {
        QString out;
        write(out);
        return out;
    }

private:
    friend class XmlTree;
    struct Node;
    XmlElement() = default;
    XmlElement *insertChildAt(size_t index, const QString &name);
    QString indentOfChildren() const;
    void write(QString &out) const;
    QString startTag(bool selfClosing) const;

    QString m_name;
    QList<QPair<QString, QString>> m_attributes;
    XmlElement *m_parent = nullptr;
    std::vector<std::unique_ptr<Node>> m_children;
    QString m_rawStart; // the start tag as read, written back while not m_dirty
    QString m_rawEnd;   // the end tag as read; empty for <a/>
    bool m_selfClosed = false;
    bool m_dirty = true; // new elements are written from their parts
};

/// A whole document: what stands before and after the root element, and the root.
class XmlTree
{
public:
    XmlTree();
    ~XmlTree();
    XmlTree(const XmlTree &) = delete;
    XmlTree &operator=(const XmlTree &) = delete;

    /// Reads a document; false with the parser's reason when it is not well-formed (the tree
    /// is then empty).
    bool read(const QString &xml, QString *error = nullptr);
    /// The document as text: the text it was read from where nothing was edited.
    QString write() const;
    XmlElement *root() const { return m_root.get(); }

private:
    QString m_before; // declaration, comments, whitespace before the root
    QString m_after;
    std::unique_ptr<XmlElement> m_root;
};

} // namespace Vireo
