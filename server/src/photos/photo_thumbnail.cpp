// SPDX-License-Identifier: Apache-2.0
#include "photos/photo_thumbnail.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <fstream>
#include <sstream>
#include <thread>

namespace survey::server::photos {

namespace {
std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string encode(const std::filesystem::path& source, int edge) {
    QImageReader reader(QString::fromStdString(source.string()));
    reader.setAutoTransform(true);
    // Decoding at the reduced size (JPEG supports it) keeps a 5 MB photo cheap.
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > edge || size.height() > edge))
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes.toStdString();
}
} // namespace

std::string thumbnail(const std::filesystem::path& source, const std::filesystem::path& cached,
                      int edge) {
    std::error_code ec;
    if (std::filesystem::exists(cached, ec))
        return readFile(cached);
    std::string jpeg = encode(source, edge);
    if (jpeg.empty())
        return {};
    std::filesystem::create_directories(cached.parent_path(), ec);
    std::ostringstream suffix;
    suffix << ".tmp-" << std::this_thread::get_id();
    const std::filesystem::path tmp = cached.string() + suffix.str();
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(jpeg.data(), static_cast<std::streamsize>(jpeg.size()));
    }
    std::filesystem::rename(tmp, cached, ec); // a failed cache write still serves the bytes
    return jpeg;
}

} // namespace survey::server::photos
