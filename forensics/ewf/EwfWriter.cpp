#include "EwfWriter.h"

#include "EwfHandle.h"
#include "forensics/imaging/BufferPool.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

namespace firebreak {

using ewf::EwfError;

// One chunk as it will be stored: zlib output, or the raw bytes plus the
// Adler-32 libewf writes after an uncompressed chunk.
struct EwfWriter::Slot {
    std::vector<unsigned char> data;
    std::size_t size = 0;     // bytes to store
    std::size_t dataSize = 0; // media bytes it stands for
    bool compressed = false;
    uint32_t checksum = 0;
    std::array<uint8_t, 4> checksumBytes{};
};

// The chunks of one pipeline block.
struct EwfWriter::Batch {
    const unsigned char *src = nullptr;
    std::size_t size = 0;
    qint64 offset = 0;
    int count = 0;
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::vector<Slot> chunkSlots;
};

namespace {

bool setHeader(libewf_handle_t *h, const char *id, const QString &value)
{
    if (value.isEmpty())
        return true;
    const QByteArray v = value.toUtf8();
    EwfError err;
    return libewf_handle_set_utf8_header_value(h, reinterpret_cast<const uint8_t *>(id), qstrlen(id),
                                               reinterpret_cast<const uint8_t *>(v.constData()),
                                               static_cast<size_t>(v.size()), &err) == 1;
}

// One deflate stream per compression thread, reset for every chunk:
// compress2() would allocate and clear ~256 KiB of zlib state per 32 KiB
// chunk. Same parameters as compress2 (window 15, memLevel 8, default
// strategy), so the stored bytes are what libewf would store.
class ChunkDeflater {
public:
    ~ChunkDeflater()
    {
        if (m_level >= 0)
            deflateEnd(&m_stream);
    }
    // Compressed size, or 0 when the result would not fit in `capacity`.
    std::size_t compress(const unsigned char *src, std::size_t n, unsigned char *dst, std::size_t capacity, int level)
    {
        if (m_level != level) {
            if (m_level >= 0)
                deflateEnd(&m_stream);
            m_stream = z_stream{};
            m_level = deflateInit(&m_stream, level) == Z_OK ? level : -1;
            if (m_level < 0)
                return 0;
        } else if (deflateReset(&m_stream) != Z_OK) {
            return 0;
        }
        m_stream.next_in = const_cast<Bytef *>(src);
        m_stream.avail_in = static_cast<uInt>(n);
        m_stream.next_out = dst;
        m_stream.avail_out = static_cast<uInt>(capacity);
        return deflate(&m_stream, Z_FINISH) == Z_STREAM_END ? static_cast<std::size_t>(m_stream.total_out) : 0;
    }

private:
    z_stream m_stream{};
    int m_level = -1;
};

void syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fdatasync(fd);
        ::close(fd);
    }
}

} // namespace

const char *ewfLibraryVersion()
{
    return libewf_get_version();
}

QString ewfBaseName(const QString &destination)
{
    if (destination.endsWith(QLatin1String(".E01"), Qt::CaseInsensitive))
        return destination.left(destination.size() - 4);
    return destination;
}

QString ewfSegmentPath(const QString &base, int number)
{
    return ewf::segmentName(base + QStringLiteral(".E01"), number);
}

QStringList ewfSegmentPaths(const QString &base, qint64 mediaSize, qint64 segmentSize)
{
    const qint64 per = std::max<qint64>(segmentSize, 1 << 20);
    const qint64 count = std::clamp<qint64>(mediaSize / per + 2, 1, 14971);
    QStringList out;
    for (int n = 1; n <= count; ++n)
        out << ewfSegmentPath(base, n);
    return out;
}

EwfWriter::EwfWriter(const EwfWriterSettings &settings) : m_settings(settings)
{
    switch (settings.compression) {
    case EwfCompression::None: m_zlibLevel = 0; break;
    case EwfCompression::Fast: m_zlibLevel = Z_BEST_SPEED; break;
    case EwfCompression::Best: m_zlibLevel = Z_BEST_COMPRESSION; break;
    }
}

EwfWriter::~EwfWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_workers)
        t.join();
    if (!m_closed && m_handle)
        (void)m_handle->close();
}

Error EwfWriter::libewfError(const QString &what, const QString &detail) const
{
    return Error::failed(QStringLiteral("%1 (E01 set %2.E01): %3").arg(what, m_settings.basePath, detail));
}

Result<std::unique_ptr<EwfWriter>> EwfWriter::create(const EwfWriterSettings &s)
{
    std::unique_ptr<EwfWriter> w(new EwfWriter(s));
    w->m_handle = std::make_unique<ewf::Handle>();
    if (!w->m_handle->valid())
        return Error::failed(QStringLiteral("libewf: %1").arg(w->m_handle->initError()));
    libewf_handle_t *h = w->m_handle->get();
    if (s.bytesPerSector <= 0 || s.chunkSize % s.bytesPerSector != 0)
        return Error::usage(QStringLiteral("E01 chunk size %1 is not a whole number of %2-byte sectors")
                                .arg(s.chunkSize)
                                .arg(s.bytesPerSector));
    QByteArray base = QFile::encodeName(s.basePath);
    char *names[] = {base.data()};
    EwfError err;
    if (libewf_handle_open(h, names, 1, LIBEWF_OPEN_WRITE, &err) != 1)
        return w->libewfError(QStringLiteral("cannot create the image"), err.text());
    w->m_handle->markOpen();

    const int8_t level = s.compression == EwfCompression::None   ? LIBEWF_COMPRESSION_NONE
                         : s.compression == EwfCompression::Fast ? LIBEWF_COMPRESSION_FAST
                                                                 : LIBEWF_COMPRESSION_BEST;
    struct Step {
        const char *what;
        int result;
    };
    // EnCase 6, ewfacquire's default: readable by every EWF tool, and
    // without EnCase 5's 2 TiB limit.
    const Step steps[] = {
        {"format", libewf_handle_set_format(h, LIBEWF_FORMAT_ENCASE6, &err)},
        {"media size", libewf_handle_set_media_size(h, static_cast<size64_t>(s.mediaSize), &err)},
        {"bytes per sector", libewf_handle_set_bytes_per_sector(h, static_cast<uint32_t>(s.bytesPerSector), &err)},
        {"sectors per chunk",
         libewf_handle_set_sectors_per_chunk(h, static_cast<uint32_t>(s.chunkSize / s.bytesPerSector), &err)},
        {"compression", libewf_handle_set_compression_values(h, level, 0, &err)},
        {"segment size", libewf_handle_set_maximum_segment_size(h, static_cast<size64_t>(s.segmentSize), &err)},
        {"media type",
         libewf_handle_set_media_type(h, s.removable ? LIBEWF_MEDIA_TYPE_REMOVABLE : LIBEWF_MEDIA_TYPE_FIXED, &err)},
        {"media flags", libewf_handle_set_media_flags(h, s.physical ? LIBEWF_MEDIA_FLAG_PHYSICAL : 0, &err)},
    };
    for (const Step &st : steps)
        if (st.result != 1)
            return w->libewfError(QStringLiteral("cannot set the %1").arg(QLatin1String(st.what)), err.text());

    const CaseInfo &c = s.caseInfo;
    const struct {
        const char *id;
        QString value;
    } headers[] = {
        {"case_number", c.incidentId},
        {"evidence_number", c.evidenceId},
        {"examiner_name", c.examiner},
        {"description", c.description},
        {"notes", c.notes},
        {"acquiry_software", QStringLiteral("Firebreak")},
        // E01 keeps only the version field ("av"): it names the program too.
        {"acquiry_software_version", QStringLiteral("Firebreak %1").arg(QStringLiteral(FIREBREAK_VERSION))},
        {"acquiry_operating_system", s.operatingSystem},
        {"model", s.model},
        {"serial_number", s.serialNumber},
    };
    for (const auto &hv : headers)
        if (!setHeader(h, hv.id, hv.value) && qstrcmp(hv.id, "acquiry_software") != 0)
            return w->libewfError(QStringLiteral("cannot set the header value %1").arg(QLatin1String(hv.id)),
                                  QStringLiteral("rejected by libewf"));

    for (int i = 0; i < 2; ++i) {
        auto b = std::make_unique<Batch>();
        w->m_batches.push_back(std::move(b));
    }
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = s.compressionThreads > 0 ? s.compressionThreads : cores;
    // Stored chunks only need an Adler-32: this stage's thread does that alone.
    if (w->m_zlibLevel > 0)
        for (int i = 0; i < threads; ++i)
            w->m_workers.emplace_back([raw = w.get()] { raw->workerLoop(); });
    return w;
}

void EwfWriter::workerLoop()
{
    quint64 seen = 0;
    for (;;) {
        Batch *job = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || m_generation != seen; });
            if (m_stop)
                return;
            seen = m_generation;
            job = m_job;
        }
        if (job)
            compressSome(*job);
    }
}

void EwfWriter::compressSome(Batch &batch)
{
    for (;;) {
        const int i = batch.next.fetch_add(1, std::memory_order_acq_rel);
        if (i >= batch.count)
            return;
        compressChunk(batch, i);
        if (batch.done.fetch_add(1, std::memory_order_acq_rel) + 1 == batch.count) {
            std::lock_guard lock(m_mutex);
            m_done.notify_all();
        }
    }
}

void EwfWriter::compressChunk(Batch &batch, int index) const
{
    const auto chunk = static_cast<std::size_t>(m_settings.chunkSize);
    const std::size_t from = static_cast<std::size_t>(index) * chunk;
    const std::size_t n = std::min(chunk, batch.size - from);
    const unsigned char *src = batch.src + from;
    Slot &slot = batch.chunkSlots[static_cast<std::size_t>(index)];
    slot.dataSize = n;
    if (m_zlibLevel > 0) {
        thread_local ChunkDeflater deflater;
        // libewf's rule: keep the compressed form only when it is smaller
        // than a whole chunk (zlib's own Adler-32 then closes the stream).
        // The output may use chunk - 1 bytes at most, so deflate gives up
        // as soon as a chunk proves incompressible.
        const std::size_t len = deflater.compress(src, n, slot.data.data(), chunk - 1, m_zlibLevel);
        if (len > 4) {
            slot.size = len;
            slot.compressed = true;
            std::memcpy(&slot.checksum, slot.data.data() + len - 4, 4);
            return;
        }
    }
    std::memcpy(slot.data.data(), src, n);
    slot.size = n;
    slot.compressed = false;
    slot.checksum = static_cast<uint32_t>(adler32(1, src, static_cast<uInt>(n)));
    qToLittleEndian<quint32>(slot.checksum, slot.checksumBytes.data());
}

Status EwfWriter::writeBatch(Batch &batch)
{
    libewf_handle_t *h = m_handle->get();
    for (int i = 0; i < batch.count; ++i) {
        Slot &s = batch.chunkSlots[static_cast<std::size_t>(i)];
        EwfError err;
        const ssize_t r = libewf_handle_write_chunk(h, s.data.data(), s.size, s.dataSize, s.compressed ? 1 : 0,
                                                    s.checksumBytes.data(), s.checksum, s.compressed ? 0 : 1, &err);
        if (r <= 0)
            return libewfError(QStringLiteral("cannot write media offset %1").arg(m_written),
                               r < 0 ? err.text() : QStringLiteral("libewf accepted no more data"));
        m_written += static_cast<qint64>(s.dataSize);
    }
    return {};
}

Status EwfWriter::consume(const Buffer &block)
{
    const auto chunk = static_cast<std::size_t>(m_settings.chunkSize);
    // Every chunk but the media's last is whole: blocks must hold whole chunks.
    if (block.size % chunk != 0 && block.offset + static_cast<qint64>(block.size) < m_settings.mediaSize)
        return Error::usage(QStringLiteral("block of %1 bytes at offset %2 is not a whole number of %3-byte E01 "
                                           "chunks")
                                .arg(block.size)
                                .arg(block.offset)
                                .arg(chunk));
    if (m_zlibLevel == 0)
        return writeStored(block);
    Batch &batch = *m_batches[static_cast<std::size_t>(m_current)];
    const auto count = static_cast<int>((block.size + chunk - 1) / chunk);
    if (batch.chunkSlots.size() < static_cast<std::size_t>(count)) {
        batch.chunkSlots.resize(static_cast<std::size_t>(count));
        for (Slot &s : batch.chunkSlots)
            if (s.data.empty())
                s.data.resize(std::max<std::size_t>(compressBound(static_cast<uLong>(chunk)), chunk));
    }
    batch.src = reinterpret_cast<const unsigned char *>(block.data);
    batch.size = block.size;
    batch.offset = block.offset;
    batch.count = count;
    batch.done.store(0, std::memory_order_release);
    batch.next.store(0, std::memory_order_release);
    if (!m_workers.empty()) {
        {
            std::lock_guard lock(m_mutex);
            m_job = &batch;
            ++m_generation;
        }
        m_wake.notify_all();
    }

    // The previous block's chunks go to libewf while this one compresses.
    Status st;
    if (m_pending) {
        st = writeBatch(*m_batches[static_cast<std::size_t>(1 - m_current)]);
        m_pending = false;
    }
    compressSome(batch);
    {
        // The block's memory goes back to the pool when this returns: wait
        // for every chunk of it, even after a write error.
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [&] { return batch.done.load(std::memory_order_acquire) >= batch.count; });
        m_job = nullptr;
    }
    if (!st)
        return st;
    m_pending = true;
    m_current = 1 - m_current;
    return {};
}

// No compression: nothing to overlap, so each chunk goes to libewf straight
// from the pipeline's buffer, with its Adler-32 beside it (no copy).
Status EwfWriter::writeStored(const Buffer &block)
{
    const auto chunk = static_cast<std::size_t>(m_settings.chunkSize);
    libewf_handle_t *h = m_handle->get();
    const auto *data = reinterpret_cast<const unsigned char *>(block.data);
    for (std::size_t from = 0; from < block.size; from += chunk) {
        const std::size_t n = std::min(chunk, block.size - from);
        const auto checksum = static_cast<uint32_t>(adler32(1, data + from, static_cast<uInt>(n)));
        std::array<uint8_t, 4> checksumBytes{};
        qToLittleEndian<quint32>(checksum, checksumBytes.data());
        EwfError err;
        const ssize_t r = libewf_handle_write_chunk(h, data + from, n, n, 0, checksumBytes.data(), checksum, 1, &err);
        if (r <= 0)
            return libewfError(QStringLiteral("cannot write media offset %1").arg(m_written),
                               r < 0 ? err.text() : QStringLiteral("libewf accepted no more data"));
        m_written += static_cast<qint64>(n);
    }
    return {};
}

Status EwfWriter::finish()
{
    if (!m_pending)
        return {};
    m_pending = false;
    return writeBatch(*m_batches[static_cast<std::size_t>(1 - m_current)]);
}

Status EwfWriter::finalize(const HashValues &hashes, const QList<BadSectorRange> &badSectors)
{
    libewf_handle_t *h = m_handle->get();
    EwfError err;
    const QString md5 = hashes.value(HashAlgorithm::Md5), sha1 = hashes.value(HashAlgorithm::Sha1);
    if (!md5.isEmpty()) {
        QByteArray raw = QByteArray::fromHex(md5.toLatin1());
        const QByteArray hex = md5.toLatin1();
        if (libewf_handle_set_md5_hash(h, reinterpret_cast<uint8_t *>(raw.data()), static_cast<size_t>(raw.size()),
                                       &err) != 1 ||
            libewf_handle_set_utf8_hash_value(h, reinterpret_cast<const uint8_t *>("MD5"), 3,
                                              reinterpret_cast<const uint8_t *>(hex.constData()),
                                              static_cast<size_t>(hex.size()), &err) != 1)
            return libewfError(QStringLiteral("cannot store the MD5"), err.text());
    }
    if (!sha1.isEmpty()) {
        QByteArray raw = QByteArray::fromHex(sha1.toLatin1());
        const QByteArray hex = sha1.toLatin1();
        if (libewf_handle_set_sha1_hash(h, reinterpret_cast<uint8_t *>(raw.data()), static_cast<size_t>(raw.size()),
                                        &err) != 1 ||
            libewf_handle_set_utf8_hash_value(h, reinterpret_cast<const uint8_t *>("SHA1"), 4,
                                              reinterpret_cast<const uint8_t *>(hex.constData()),
                                              static_cast<size_t>(hex.size()), &err) != 1)
            return libewfError(QStringLiteral("cannot store the SHA-1"), err.text());
    }
    // The acquiry error list is in the image's own sectors.
    const qint64 bps = m_settings.bytesPerSector;
    for (const BadSectorRange &r : badSectors) {
        const qint64 first = r.byteOffset() / bps;
        const qint64 count = (r.sectorCount * r.sectorSize + bps - 1) / bps;
        if (libewf_handle_append_acquiry_error(h, static_cast<uint64_t>(first), static_cast<uint64_t>(count), &err) !=
            1)
            return libewfError(QStringLiteral("cannot record the unreadable sectors at %1").arg(first), err.text());
    }
    if (libewf_handle_write_finalize(h, &err) < 0)
        return libewfError(QStringLiteral("cannot finish the image"), err.text());
    m_closed = true;
    if (auto st = m_handle->close(); !st)
        return libewfError(QStringLiteral("cannot close the image"), st.error().message);
    // libewf does not flush: each segment reaches the medium before the
    // image counts as written.
    for (const ImageSegment &s : segments())
        syncFile(s.path);
    return {};
}

void EwfWriter::abandon()
{
    if (m_closed)
        return;
    m_closed = true;
    EwfError err;
    libewf_handle_signal_abort(m_handle->get(), &err);
    (void)m_handle->close();
}

QString EwfWriter::firstSegmentPath() const
{
    return m_settings.basePath + QStringLiteral(".E01");
}

QList<ImageSegment> EwfWriter::segments() const
{
    QList<ImageSegment> out;
    for (int n = 1;; ++n) {
        const QString p = ewf::segmentName(firstSegmentPath(), n);
        const QFileInfo fi(p);
        if (!fi.exists())
            break;
        out << ImageSegment{p, fi.size()};
    }
    return out;
}

} // namespace firebreak
