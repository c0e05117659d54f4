#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <sys/types.h>

namespace firebreak {

// What the kernel tells about one block device, from sysfs (and udev's
// database when present). Everything here is what an acquisition record
// must name: the source's identity and whether something is using it.
struct BlockDeviceInfo {
    QString name;      // kernel name, "sda", "nvme0n1p2", "loop0"
    QString path;      // "/dev/sda"
    QString devNumber; // "8:0"
    qint64 sizeBytes = 0;
    int logicalSectorSize = 512;
    int physicalSectorSize = 512;
    QString model, serial, vendor, wwid;
    bool removable = false;
    bool readOnly = false;    // the kernel read-only flag (sysfs "ro")
    bool isPartition = false; // then model/serial are the parent disk's
    QString parent;           // "sda" for "sda1"
    QString loopBackingFile;
    QStringList partitions;  // "sda1", ...
    QStringList mountPoints; // of the device or any partition
    QStringList holders;     // device-mapper / md devices built on it
    bool swap = false;

    bool inUse() const { return !mountPoints.isEmpty() || !holders.isEmpty() || swap; }
    QString stateText() const; // "mounted at /, /boot" / "swap" / "not mounted"
    QJsonObject toJson() const;
};

// Every device under /sys/block, skipping detached loop devices and
// zero-sized entries. Sorted by name.
QList<BlockDeviceInfo> listBlockDevices();

// The device with that device number (st_rdev), disk or partition.
std::optional<BlockDeviceInfo> probeBlockDevice(dev_t rdev);

// Mount points whose source is one of these device numbers ("8:1") or
// device paths. Reads /proc/self/mountinfo.
QStringList mountPointsOf(const QStringList &devNumbers, const QStringList &devPaths);

} // namespace firebreak
