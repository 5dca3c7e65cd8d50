#include "security/DomainFacts.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cctype>
#include <optional>

namespace Vireo::SecurityAudit {

namespace {

struct FactsText
{
    Q_DECLARE_TR_FUNCTIONS(FactsText)
};

/// The start tags of an XML text one by one, with the path to each: enough for what libvirt
/// writes (its attribute values escaped, no DTD), several times faster than a full parser, which
/// matters over a thousand domains.
class TagScanner
{
public:
    explicit TagScanner(const QByteArray &xml)
        : m_xml(xml)
    {
    }

    /// The next start tag; false at the end.
    bool next()
    {
        for (;;) {
            const qsizetype lt = m_xml.indexOf('<', m_at);
            if (lt < 0)
                return false;
            const QByteArrayView rest = QByteArrayView(m_xml).sliced(lt);
            if (rest.startsWith("<!--")) {
                m_at = skipPast(lt, "-->");
            } else if (rest.startsWith("<![CDATA[")) {
                m_at = skipPast(lt, "]]>");
            } else if (lt + 1 < m_xml.size() && (m_xml[lt + 1] == '?' || m_xml[lt + 1] == '!')) {
                m_at = skipPast(lt, ">");
            } else if (lt + 1 < m_xml.size() && m_xml[lt + 1] == '/') {
                m_at = skipPast(lt, ">");
                if (!m_path.isEmpty())
                    m_path.removeLast();
            } else {
                const qsizetype gt = m_xml.indexOf('>', lt);
                if (gt < 0)
                    return false;
                qsizetype end = lt + 1;
                while (end < gt && !isspace(uchar(m_xml[end])) && m_xml[end] != '/')
                    ++end;
                m_tag = QByteArrayView(m_xml).sliced(lt + 1, gt - lt - 1);
                m_path.append(QByteArrayView(m_xml).sliced(lt + 1, end - lt - 1));
                m_textAt = gt + 1;
                m_at = gt + 1;
                m_selfClosed = m_xml[gt - 1] == '/';
                return true;
            }
            if (m_at < 0)
                return false;
        }
    }

    /// After next(): a self-closed tag is done; call before the following next().
    void leaveIfEmpty()
    {
        if (m_selfClosed && !m_path.isEmpty()) {
            m_path.removeLast();
            m_selfClosed = false;
        }
    }

    qsizetype depth() const { return m_path.size(); }
    bool at(qsizetype level, const char *name) const
    {
        return level < m_path.size() && m_path[level] == name;
    }
    bool is(const char *name) const { return !m_path.isEmpty() && m_path.last() == name; }

    /// An attribute of the current tag, unescaped; empty when absent.
    QString attribute(const char *name) const
    {
        const QByteArray key = QByteArray(" ") + name + '=';
        qsizetype i = m_tag.indexOf(key);
        if (i < 0) {
            // After a line break or tab instead of a space.
            for (const char sep : {'\n', '\t'}) {
                i = m_tag.indexOf(QByteArray(1, sep) + name + '=');
                if (i >= 0)
                    break;
            }
            if (i < 0)
                return {};
        }
        const qsizetype quoteAt = i + key.size();
        if (quoteAt >= m_tag.size())
            return {};
        const char quote = m_tag[quoteAt];
        const qsizetype close = m_tag.indexOf(quote, quoteAt + 1);
        if (close < 0)
            return {};
        return unescape(m_tag.sliced(quoteAt + 1, close - quoteAt - 1));
    }

    /// The text right after the current start tag, up to the next tag, unescaped.
    QString text() const
    {
        const qsizetype lt = m_xml.indexOf('<', m_textAt);
        return unescape(
                   QByteArrayView(m_xml).sliced(m_textAt, (lt < 0 ? m_xml.size() : lt) - m_textAt))
            .trimmed();
    }

private:
    qsizetype skipPast(qsizetype from, const char *marker) const
    {
        const qsizetype i = m_xml.indexOf(marker, from);
        return i < 0 ? -1 : i + qsizetype(qstrlen(marker));
    }

    static QString unescape(QByteArrayView raw)
    {
        QString text = QString::fromUtf8(raw);
        if (!text.contains(QLatin1Char('&')))
            return text;
        text.replace(QLatin1String("&lt;"), QLatin1String("<"));
        text.replace(QLatin1String("&gt;"), QLatin1String(">"));
        text.replace(QLatin1String("&quot;"), QLatin1String("\""));
        text.replace(QLatin1String("&apos;"), QLatin1String("'"));
        text.replace(QLatin1String("&amp;"), QLatin1String("&"));
        return text;
    }

    const QByteArray &m_xml;
    qsizetype m_at = 0;
    qsizetype m_textAt = 0;
    QByteArrayView m_tag;
    QList<QByteArrayView> m_path;
    bool m_selfClosed = false;
};

} // namespace

bool isLoopback(const QString &address)
{
    static const QRegularExpression ipv4(QStringLiteral("^127(\\.\\d{1,3}){3}$"));
    return address == QLatin1String("localhost") || address == QLatin1String("::1")
           || address == QLatin1String("0:0:0:0:0:0:0:1") || ipv4.match(address).hasMatch();
}

/// Where a display listens: empty for a unix socket or no listener at all (reached through
/// libvirt only), "default" when the XML leaves it to qemu.conf, else the address or network.
QString listenOf(const QString &attribute, const QList<Listen> &listens, const QString &socket)
{
    QString address = attribute;
    for (const Listen &l : listens) {
        if (l.type == QLatin1String("socket") || l.type == QLatin1String("none"))
            return {};
        if (l.type == QLatin1String("network"))
            return FactsText::tr("the network %1's address").arg(l.network);
        if (address.isEmpty())
            address = l.address;
    }
    if (!socket.isEmpty())
        return {};
    return address.isEmpty() ? QStringLiteral("default") : address;
}

bool exposedAt(const QString &where)
{
    return !where.isEmpty() && where != QLatin1String("default") && !isLoopback(where);
}

Facts readFacts(const QByteArray &xml)
{
    Facts f;
    TagScanner t(xml);
    QString seclabelModel;
    // The display being read; finished when the next device (or the end) comes.
    std::optional<Facts::Display> display;
    QString listenAttribute, socketAttribute;
    QList<Listen> listens;
    const auto finishDisplay = [&] {
        if (display) {
            display->listen = listenOf(listenAttribute, listens, socketAttribute);
            f.displays << *display;
            display.reset();
        }
    };
    while (t.next()) {
        const qsizetype depth = t.depth();
        if (depth == 1) {
            f.read = t.is("domain");
        } else if (depth == 2 && t.is("seclabel")) {
            seclabelModel = t.attribute("model");
        } else if (depth == 3 && t.at(1, "seclabel") && t.is("label")) {
            if (seclabelModel == QLatin1String("dac"))
                f.dacLabel = t.text();
        } else if (depth == 2 && t.is("os")) {
            f.efi = t.attribute("firmware") == QLatin1String("efi");
        } else if (depth == 3 && t.at(1, "os") && t.is("loader")) {
            f.efi = f.efi || t.attribute("type") == QLatin1String("pflash");
            f.secureBoot = f.secureBoot || t.attribute("secure") == QLatin1String("yes");
        } else if (depth == 4 && t.at(1, "os") && t.at(2, "firmware") && t.is("feature")
                   && t.attribute("name") == QLatin1String("secure-boot")) {
            f.secureBoot = t.attribute("enabled") == QLatin1String("yes");
        } else if (depth == 3 && t.at(1, "metadata") && t.is("vireo:isolation")) {
            f.clipboard
                = t.attribute("clipboard").isEmpty() ? f.clipboard : t.attribute("clipboard");
            f.usbAllowed = t.attribute("usb") != QLatin1String("no");
            f.filesAllowed = t.attribute("files") != QLatin1String("no");
        } else if (depth == 4 && t.at(1, "devices") && t.at(2, "channel") && t.is("target")
                   && t.attribute("name") == QLatin1String("org.qemu.guest_agent.0")) {
            f.agent = true;
        } else if (depth == 3 && t.at(1, "devices")) {
            finishDisplay();
            if (t.is("graphics")) {
                const QString type = t.attribute("type");
                display
                    = Facts::Display{type,
                                     {},
                                     !t.attribute("passwd").isEmpty(),
                                     type == QLatin1String("spice")
                                         && t.attribute("defaultMode") == QLatin1String("secure")};
                listens.clear();
                listenAttribute = t.attribute("listen");
                socketAttribute = t.attribute("socket");
            } else if (t.is("interface")) {
                f.nics << Facts::Nic{t.attribute("type"), {}, {}, {}};
            } else if (t.is("disk")) {
                const QString device = t.attribute("device");
                // Only disks (not CD-ROMs or floppies) hold the guest's data.
                f.disks << Facts::Disk{device.isEmpty() || device == QLatin1String("disk")
                                           ? QStringLiteral("?")
                                           : QString(),
                                       {}};
            } else if (t.is("redirdev")) {
                ++f.redirdevs;
            } else if (t.is("filesystem")) {
                ++f.sharedFolders;
            } else if (t.is("tpm")) {
                f.tpm = true;
            }
        } else if (depth == 4 && t.at(1, "devices")) {
            if (display && t.at(2, "graphics") && t.is("listen")) {
                listens << Listen{t.attribute("type"), t.attribute("address"),
                                  t.attribute("network")};
            } else if (t.at(2, "interface") && !f.nics.isEmpty()) {
                if (t.is("mac"))
                    f.nics.last().mac = t.attribute("address");
                else if (t.is("filterref"))
                    f.nics.last().filter = t.attribute("filter");
            } else if (t.at(2, "disk") && !f.disks.isEmpty() && !f.disks.last().target.isEmpty()) {
                if (t.is("target"))
                    f.disks.last().target = t.attribute("dev");
                else if (t.is("encryption"))
                    f.disks.last().encryption = t.attribute("format");
            }
        } else if (depth == 5 && t.at(1, "devices") && t.at(2, "interface") && t.at(3, "filterref")
                   && t.is("parameter") && !f.nics.isEmpty()) {
            if (t.attribute("name") == QLatin1String("PORTS"))
                f.nics.last().ports << t.attribute("value");
        } else if (depth == 5 && t.at(1, "devices") && t.at(2, "disk") && t.at(3, "source")
                   && t.is("encryption") && !f.disks.isEmpty()) {
            f.disks.last().encryption = t.attribute("format");
        } else if (depth == 2) {
            finishDisplay();
        }
        t.leaveIfEmpty();
    }
    finishDisplay();
    f.disks.removeIf([](const Facts::Disk &d) { return d.target.isEmpty(); });
    return f;
}

} // namespace Vireo::SecurityAudit
