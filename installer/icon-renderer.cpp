// icon-renderer: draws the application's SVG icon as PNG files for the
// hicolor theme (and a Windows .ico), so every size comes from one drawing.
//
//   icon-renderer SVG OUTPUT_DIR NAME SIZE...
// writes OUTPUT_DIR/SIZExSIZE/NAME.png for each size and OUTPUT_DIR/NAME.ico.

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

QImage render(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter);
    painter.end();
    return image;
}

bool write(const QImage &image, const QString &path, const QByteArray &format, QTextStream &err)
{
    QImageWriter writer(path, format);
    if (writer.write(image))
        return true;
    err << "icon-renderer: " << path << ": " << writer.errorString() << Qt::endl;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // No window is opened; offscreen keeps the build free of a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() < 5) {
        err << "usage: icon-renderer SVG OUTPUT_DIR NAME SIZE..." << Qt::endl;
        return 64;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "icon-renderer: " << arguments.at(1) << ": not a valid SVG file" << Qt::endl;
        return 1;
    }
    const QDir output(arguments.at(2));
    const QString name = arguments.at(3);
    QImage largestForIco;
    for (const QString &text : arguments.mid(4)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "icon-renderer: size \"" << text << "\" is not a number in 8..1024" << Qt::endl;
            return 64;
        }
        const QString directory = QStringLiteral("%1x%1").arg(size);
        if (!output.mkpath(directory)) {
            err << "icon-renderer: cannot create " << output.filePath(directory) << Qt::endl;
            return 1;
        }
        const QImage image = render(renderer, size);
        if (!write(image,
                   output.filePath(directory + QLatin1Char('/') + name + QStringLiteral(".png")),
                   "png", err))
            return 1;
        // Windows shows at most 256 px from an .ico.
        if (size <= 256 && size > largestForIco.width())
            largestForIco = image;
    }
    if (!largestForIco.isNull() &&
        !write(largestForIco, output.filePath(name + QStringLiteral(".ico")), "ico", err))
        return 1;
    return 0;
}
