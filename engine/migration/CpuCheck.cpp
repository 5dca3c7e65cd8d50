#include "migration/CpuCheck.h"

#include "core/LibvirtError.h"
#include "xml/DomainDocument.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Preflight {

namespace {

struct PreflightText
{
    Q_DECLARE_TR_FUNCTIONS(PreflightText)
};

using Status = MigrationCheck::Status;

/// A host's host-model CPU (its domain capabilities) as a custom CPU definition; empty when it
/// does not say.
QString hostModelCpu(virConnectPtr conn, const DomainDocument &doc, const QString &virtType)
{
    char *caps = virConnectGetDomainCapabilities(conn, nullptr, doc.arch().toUtf8().constData(),
                                                 doc.machine().toUtf8().constData(),
                                                 virtType.toUtf8().constData(), 0);
    XmlTree tree;
    const bool read = tree.read(QString::fromUtf8(caps ? caps : ""));
    free(caps);
    virResetLastError();
    const XmlElement *cpu = read ? tree.root()->child(QStringLiteral("cpu")) : nullptr;
    if (!cpu)
        return {};
    for (const XmlElement *mode : cpu->children(QStringLiteral("mode"))) {
        if (mode->attribute(QStringLiteral("name")) != QLatin1String("host-model"))
            continue;
        const XmlElement *model = mode->child(QStringLiteral("model"));
        if (!model)
            return {};
        QString xml = QStringLiteral("<cpu mode='custom' match='exact'><model>%1</model>")
                          .arg(model->text().trimmed().toHtmlEscaped());
        for (const XmlElement *f : mode->children(QStringLiteral("feature")))
            xml += QStringLiteral("<feature policy='%1' name='%2'/>")
                       .arg(f->attribute(QStringLiteral("policy")).toHtmlEscaped(),
                            f->attribute(QStringLiteral("name")).toHtmlEscaped());
        return xml + QStringLiteral("</cpu>");
    }
    return {};
}

/// A CPU model both hosts can give (virConnectBaselineHypervisorCPU over their host-model CPUs),
/// empty when they do not say.
QString sharedCpuModel(virConnectPtr src, virConnectPtr dst, const DomainDocument &doc,
                       const QString &virtType)
{
    const QByteArray here = hostModelCpu(src, doc, virtType).toUtf8();
    const QByteArray there = hostModelCpu(dst, doc, virtType).toUtf8();
    if (here.isEmpty() || there.isEmpty())
        return {};
    const char *cpus[] = {here.constData(), there.constData()};
    char *baseline = virConnectBaselineHypervisorCPU(dst, nullptr, doc.arch().toUtf8().constData(),
                                                     doc.machine().toUtf8().constData(),
                                                     virtType.toUtf8().constData(), cpus, 2, 0);
    XmlTree tree;
    const bool read = tree.read(QString::fromUtf8(baseline ? baseline : ""));
    free(baseline);
    virResetLastError();
    const XmlElement *model = read ? tree.root()->child(QStringLiteral("model")) : nullptr;
    return model ? model->text().trimmed() : QString();
}

} // namespace

MigrationCheck cpuCheck(virConnectPtr src, virConnectPtr dst, const DomainDocument &doc,
                        const QString &virtType)
{
    const XmlElement *cpu = doc.rootElement()->child(QStringLiteral("cpu"));
    MigrationCheck c{PreflightText::tr("CPU"), Status::Passed, {}};
    if (!cpu || doc.cpuMode() == QLatin1String("host-model")) {
        c.reason = PreflightText::tr("The VM takes the destination's own CPU model.");
        return c;
    }
    if (doc.cpuMode() == QLatin1String("host-passthrough")) {
        c.status = Status::Warning;
        c.reason = PreflightText::tr("The VM sees this host's exact CPU (host-passthrough): the "
                                     "destination's must be the same model, or the guest may "
                                     "crash. host-model is safer for moving VMs.");
        return c;
    }
    const QByteArray xml = cpu->toString().toUtf8();
    const int result = virConnectCompareHypervisorCPU(
        dst, nullptr, doc.arch().toUtf8().constData(), doc.machine().toUtf8().constData(),
        virtType.toUtf8().constData(), xml.constData(), 0);
    if (result == VIR_CPU_COMPARE_ERROR) {
        c.status = Status::Unknown;
        c.reason = PreflightText::tr("The destination could not compare CPUs: %1")
                       .arg(takeLibvirtMessage());
    } else if (result == VIR_CPU_COMPARE_INCOMPATIBLE) {
        c.status = Status::Failed;
        const QString shared = sharedCpuModel(src, dst, doc, virtType);
        c.reason
            = shared.isEmpty()
                  ? PreflightText::tr("The destination's CPU cannot run the VM's (%1): "
                                      "choose host-model, or a model both hosts have, in the "
                                      "Hardware tab's CPU page.")
                        .arg(doc.cpuModel().isEmpty() ? doc.cpuMode() : doc.cpuModel())
                  : PreflightText::tr("The destination's CPU cannot run the VM's (%1): "
                                      "choose host-model, or %2, a model both hosts have, in "
                                      "the Hardware tab's CPU page.")
                        .arg(doc.cpuModel().isEmpty() ? doc.cpuMode() : doc.cpuModel(), shared);
    } else {
        c.reason = PreflightText::tr("The destination can run the VM's CPU (%1).")
                       .arg(doc.cpuModel().isEmpty() ? doc.cpuMode() : doc.cpuModel());
    }
    return c;
}

} // namespace Vireo::Preflight
