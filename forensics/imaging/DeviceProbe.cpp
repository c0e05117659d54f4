#include "DeviceProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <sys/sysmacros.h>

namespace firebreak {

namespace {

QString readSys(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

// mountinfo escapes blanks and backslashes in paths as octal (\040).
QString unescapeMountField(const QByteArray &field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int c = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(static_cast<char>(c));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QString::fromUtf8(out);
}

// udev keeps ID_SERIAL_SHORT etc. in /run/udev/data/bMAJ:MIN; absent in
// containers, so sysfs is tried first.
QString udevProperty(const QString &devNumber, const QString &key)
{
    QFile f(QStringLiteral("/run/udev/data/b") + devNumber);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray prefix = "E:" + key.toLatin1() + '=';
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(prefix.size()));
    }
    return {};
}

QString serialFromSysfs(const QString &disk)
{
    // virtio and NVMe expose "serial" directly; SCSI/SATA have VPD page 0x80
    // (4-byte header, then the ASCII serial).
    for (const QString &p : {disk + QStringLiteral("/serial"), disk + QStringLiteral("/device/serial")}) {
        const QString s = readSys(p);
        if (!s.isEmpty())
            return s;
    }
    QFile vpd(disk + QStringLiteral("/device/vpd_pg80"));
    if (vpd.open(QIODevice::ReadOnly)) {
        const QByteArray raw = vpd.readAll();
        if (raw.size() > 4)
            return QString::fromLatin1(raw.mid(4)).trimmed();
    }
    return {};
}

QStringList swapDevices()
{
    QStringList out;
    QFile f(QStringLiteral("/proc/swaps"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    // readAll(), not atEnd() loops: /proc files report size 0, so QFile
    // believes it is at the end before reading anything.
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QByteArray line = lines[i].simplified();
        if (!line.isEmpty())
            out << unescapeMountField(line.split(' ').value(0));
    }
    return out;
}

// Fills a device record from its sysfs directory (/sys/class/block/NAME).
BlockDeviceInfo fromSysfs(const QString &name)
{
    const QString dir = QStringLiteral("/sys/class/block/") + name;
    BlockDeviceInfo d;
    d.name = name;
    d.path = QStringLiteral("/dev/") + name;
    d.devNumber = readSys(dir + QStringLiteral("/dev"));
    // "size" is always in 512-byte units, whatever the logical sector size.
    d.sizeBytes = readSys(dir + QStringLiteral("/size")).toLongLong() * 512;
    d.readOnly = readSys(dir + QStringLiteral("/ro")) == QLatin1String("1");
    d.isPartition = QFileInfo::exists(dir + QStringLiteral("/partition"));
    QString disk = dir;
    if (d.isPartition) {
        disk = QFileInfo(dir + QStringLiteral("/..")).canonicalFilePath();
        d.parent = QFileInfo(disk).fileName();
    }
    d.logicalSectorSize = readSys(disk + QStringLiteral("/queue/logical_block_size")).toInt();
    d.physicalSectorSize = readSys(disk + QStringLiteral("/queue/physical_block_size")).toInt();
    if (d.logicalSectorSize <= 0)
        d.logicalSectorSize = 512;
    if (d.physicalSectorSize <= 0)
        d.physicalSectorSize = d.logicalSectorSize;
    d.removable = readSys(disk + QStringLiteral("/removable")) == QLatin1String("1");
    d.model = readSys(disk + QStringLiteral("/device/model"));
    d.vendor = readSys(disk + QStringLiteral("/device/vendor"));
    d.wwid = readSys(disk + QStringLiteral("/wwid"));
    if (d.wwid.isEmpty())
        d.wwid = readSys(disk + QStringLiteral("/device/wwid"));
    d.serial = serialFromSysfs(disk);
    const QString diskDev = readSys(disk + QStringLiteral("/dev"));
    if (d.serial.isEmpty())
        d.serial = udevProperty(diskDev, QStringLiteral("ID_SERIAL_SHORT"));
    if (d.model.isEmpty())
        d.model = udevProperty(diskDev, QStringLiteral("ID_MODEL"));
    d.loopBackingFile = readSys(dir + QStringLiteral("/loop/backing_file"));

    QStringList devNumbers{d.devNumber};
    QStringList devPaths{d.path};
    const QFileInfoList children = QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &c : children) {
        if (!QFileInfo::exists(c.filePath() + QStringLiteral("/partition")))
            continue;
        d.partitions << c.fileName();
        devNumbers << readSys(c.filePath() + QStringLiteral("/dev"));
        devPaths << QStringLiteral("/dev/") + c.fileName();
        for (const QString &h :
             QDir(c.filePath() + QStringLiteral("/holders")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries))
            d.holders << h;
    }
    d.partitions.sort();
    for (const QString &h : QDir(dir + QStringLiteral("/holders")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries))
        d.holders << h;
    d.mountPoints = mountPointsOf(devNumbers, devPaths);
    const QStringList swaps = swapDevices();
    d.swap = std::any_of(devPaths.cbegin(), devPaths.cend(), [&](const QString &p) { return swaps.contains(p); });
    return d;
}

} // namespace

QString BlockDeviceInfo::stateText() const
{
    QStringList parts;
    if (!mountPoints.isEmpty())
        parts << QStringLiteral("MOUNTED at %1").arg(mountPoints.join(QStringLiteral(", ")));
    if (swap)
        parts << QStringLiteral("IN USE as swap");
    if (!holders.isEmpty())
        parts << QStringLiteral("IN USE by %1").arg(holders.join(QStringLiteral(", ")));
    if (parts.isEmpty())
        parts << QStringLiteral("not mounted");
    if (readOnly)
        parts << QStringLiteral("read-only");
    if (!loopBackingFile.isEmpty())
        parts << QStringLiteral("loop of %1").arg(loopBackingFile);
    return parts.join(QStringLiteral("; "));
}

QJsonObject BlockDeviceInfo::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("path"), path},
            {QStringLiteral("dev"), devNumber},
            {QStringLiteral("size_bytes"), sizeBytes},
            {QStringLiteral("logical_sector_size"), logicalSectorSize},
            {QStringLiteral("physical_sector_size"), physicalSectorSize},
            {QStringLiteral("model"), model},
            {QStringLiteral("serial"), serial},
            {QStringLiteral("vendor"), vendor},
            {QStringLiteral("wwid"), wwid},
            {QStringLiteral("removable"), removable},
            {QStringLiteral("read_only"), readOnly},
            {QStringLiteral("partition"), isPartition},
            {QStringLiteral("parent"), parent},
            {QStringLiteral("loop_backing_file"), loopBackingFile},
            {QStringLiteral("partitions"), QJsonArray::fromStringList(partitions)},
            {QStringLiteral("mount_points"), QJsonArray::fromStringList(mountPoints)},
            {QStringLiteral("holders"), QJsonArray::fromStringList(holders)},
            {QStringLiteral("swap"), swap},
            {QStringLiteral("in_use"), inUse()}};
}

QList<BlockDeviceInfo> listBlockDevices()
{
    QList<BlockDeviceInfo> out;
    QStringList names = QDir(QStringLiteral("/sys/block")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    names.sort();
    for (const QString &n : names) {
        BlockDeviceInfo d = fromSysfs(n);
        if (d.sizeBytes == 0) // detached loop devices, empty card readers
            continue;
        out << d;
    }
    return out;
}

std::optional<BlockDeviceInfo> probeBlockDevice(dev_t rdev)
{
    const QString link = QStringLiteral("/sys/dev/block/%1:%2").arg(major(rdev)).arg(minor(rdev));
    const QString target = QFileInfo(link).canonicalFilePath();
    if (target.isEmpty())
        return std::nullopt;
    return fromSysfs(QFileInfo(target).fileName());
}

QStringList mountPointsOf(const QStringList &devNumbers, const QStringList &devPaths)
{
    QStringList out;
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = f.readAll().split('\n'); // see swapDevices(): no atEnd() on /proc
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        const qsizetype dash = fields.indexOf("-");
        if (fields.size() < 5 || dash < 0 || dash + 2 >= fields.size())
            continue;
        const QString number = QString::fromLatin1(fields[2]);
        QString source = unescapeMountField(fields[dash + 2]);
        const QString canonical = QFileInfo(source).canonicalFilePath();
        if (!canonical.isEmpty())
            source = canonical;
        if (devNumbers.contains(number) || devPaths.contains(source)) {
            const QString mp = unescapeMountField(fields[4]);
            if (!out.contains(mp))
                out << mp;
        }
    }
    return out;
}

} // namespace firebreak
