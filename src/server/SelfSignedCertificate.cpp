#include "SelfSignedCertificate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <array>
#include <memory>

namespace icc {

namespace {

// std::unique_ptr owning an OpenSSL object, freed by its own free function.
template<auto FreeFunction> struct OpenSslFree
{
    template<typename T> void operator()(T *object) const { FreeFunction(object); }
};
template<typename T, auto FreeFunction> using Owned = std::unique_ptr<T, OpenSslFree<FreeFunction>>;

using OwnedBio = Owned<BIO, BIO_free>;
using OwnedKey = Owned<EVP_PKEY, EVP_PKEY_free>;
using OwnedX509 = Owned<X509, X509_free>;
using OwnedBignum = Owned<BIGNUM, BN_free>;
using OwnedExtension = Owned<X509_EXTENSION, X509_EXTENSION_free>;
using OwnedNames = Owned<GENERAL_NAMES, GENERAL_NAMES_free>;

// "what: reason; reason" from OpenSSL's error queue, which it also empties.
QString opensslError(const QString &what)
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        std::array<char, 256> text{};
        ERR_error_string_n(code, text.data(), text.size());
        reasons.append(QString::fromLatin1(text.data()));
    }
    if (reasons.isEmpty())
        return what;
    return what + QStringLiteral(": ") + reasons.join(QStringLiteral("; "));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A key file never asks for a passphrase on the terminal: an encrypted key
// is refused instead of blocking the server's start.
int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || !data)
        return {};
    return QByteArray(data, qsizetype(length));
}

OwnedBio memoryBio(const QByteArray &bytes)
{
    return OwnedBio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

// One subject alternative name as OpenSSL wants it: an IP address in its
// canonical form, or a lower-case DNS name of letters, digits and hyphens.
std::optional<std::pair<int, QByteArray>> alternativeName(const QString &host, QString *error)
{
    const QString trimmed = host.trimmed();
    QHostAddress address;
    if (address.setAddress(trimmed)) {
        if (!address.scopeId().isEmpty()) {
            fail(error, QStringLiteral("host \"%1\": an address with a scope id cannot be "
                                       "named in a certificate")
                            .arg(host));
            return std::nullopt;
        }
        return std::make_pair(int(GEN_IPADD), address.toString().toLatin1());
    }
    static const QRegularExpression dnsName(QStringLiteral(
        "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"));
    const QString lower = trimmed.toLower();
    if (lower.size() > 253 || !dnsName.match(lower).hasMatch()) {
        fail(error,
             QStringLiteral("host \"%1\" is neither an IP address nor a DNS name").arg(host));
        return std::nullopt;
    }
    return std::make_pair(int(GEN_DNS), lower.toLatin1());
}

bool addSubjectAlternativeNames(X509 *certificate, const QStringList &extraHosts, QString *error)
{
    QList<std::pair<int, QByteArray>> names = {{GEN_DNS, QByteArrayLiteral("localhost")},
                                               {GEN_IPADD, QByteArrayLiteral("127.0.0.1")},
                                               {GEN_IPADD, QByteArrayLiteral("::1")}};
    for (const QString &host : extraHosts) {
        const auto name = alternativeName(host, error);
        if (!name)
            return false;
        if (!names.contains(*name))
            names.append(*name);
    }

    OwnedNames generalNames(GENERAL_NAMES_new());
    if (!generalNames)
        return fail(error, opensslError(QStringLiteral("cannot allocate the names")));
    for (const auto &[type, value] : names) {
        // Built name by name (not from a "DNS:a,IP:b" string), so a host
        // cannot smuggle in further names.
        GENERAL_NAME *name =
            a2i_GENERAL_NAME(nullptr, nullptr, nullptr, type, value.constData(), 0);
        if (!name)
            return fail(error, opensslError(QStringLiteral("invalid subject alternative name %1")
                                                .arg(QString::fromLatin1(value))));
        if (sk_GENERAL_NAME_push(generalNames.get(), name) <= 0) {
            GENERAL_NAME_free(name);
            return fail(error,
                        opensslError(QStringLiteral("cannot add a subject alternative name")));
        }
    }
    if (X509_add1_ext_i2d(certificate, NID_subject_alt_name, generalNames.get(), 0,
                          X509V3_ADD_DEFAULT) != 1)
        return fail(error, opensslError(QStringLiteral("cannot add subjectAltName")));
    return true;
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value,
                  QString *error)
{
    OwnedExtension extension(X509V3_EXT_nconf_nid(nullptr, context, nid, value));
    if (!extension || X509_add_ext(certificate, extension.get(), -1) != 1)
        return fail(error, opensslError(QStringLiteral("cannot add the extension %1 = %2")
                                            .arg(QString::fromLatin1(OBJ_nid2sn(nid)),
                                                 QString::fromLatin1(value))));
    return true;
}

// A positive, non-zero 128-bit serial number from the CSPRNG, so two
// certificates made on one machine never share issuer and serial.
bool setRandomSerial(X509 *certificate, QString *error)
{
    std::array<unsigned char, 16> bytes{};
    if (RAND_bytes(bytes.data(), int(bytes.size())) != 1)
        return fail(error, opensslError(QStringLiteral("no random bytes for the serial number")));
    bytes[0] = static_cast<unsigned char>((bytes[0] & 0x7f) | 0x40);
    OwnedBignum serial(BN_bin2bn(bytes.data(), int(bytes.size()), nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)))
        return fail(error, opensslError(QStringLiteral("cannot set the serial number")));
    return true;
}

bool setValidity(X509 *certificate, const QDateTime &now, QString *error)
{
    const qint64 start = now.toSecsSinceEpoch() - SelfSignedCertificate::kBackdateSeconds;
    const qint64 end =
        now.toSecsSinceEpoch() + qint64(SelfSignedCertificate::kValidityDays) * 24 * 3600;
    if (!ASN1_TIME_set(X509_getm_notBefore(certificate), time_t(start)) ||
        !ASN1_TIME_set(X509_getm_notAfter(certificate), time_t(end)))
        return fail(error, opensslError(QStringLiteral("cannot set the validity period")));
    return true;
}

bool setSubjectAndIssuer(X509 *certificate, QString *error)
{
    X509_NAME *name = X509_get_subject_name(certificate);
    const auto *commonName = reinterpret_cast<const unsigned char *>("icc-server");
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, commonName, -1, -1, 0) != 1 ||
        X509_set_issuer_name(certificate, name) != 1)
        return fail(error, opensslError(QStringLiteral("cannot set the subject name")));
    return true;
}

std::optional<CertificatePem> toPem(X509 *certificate, EVP_PKEY *key, QString *error)
{
    OwnedBio certificateBio(BIO_new(BIO_s_mem()));
    // Secure memory where OpenSSL has it; cleared when freed.
    OwnedBio keyBio(BIO_new(BIO_s_secmem()));
    if (!certificateBio || !keyBio || PEM_write_bio_X509(certificateBio.get(), certificate) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        fail(error, opensslError(QStringLiteral("cannot encode the certificate as PEM")));
        return std::nullopt;
    }
    return CertificatePem{bioContents(certificateBio.get()), bioContents(keyBio.get())};
}

// Writes through a temporary file renamed into place, so a crash never
// leaves half a key. The permissions are set before any byte is written.
bool writeAtomically(const QString &path, const QByteArray &contents,
                     QFileDevice::Permissions permissions, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (!file.setPermissions(permissions)) {
        file.cancelWriting();
        return fail(
            error,
            QStringLiteral("cannot set permissions on %1: %2").arg(path, file.errorString()));
    }
    if (file.write(contents) != contents.size() || !file.commit())
        return fail(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

std::optional<QByteArray> readFile(const QString &path, const QString &what, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error,
             QStringLiteral("cannot read the %1 %2: %3").arg(what, path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

std::optional<CertificatePem> SelfSignedCertificate::generate(const QStringList &extraHosts,
                                                              const QDateTime &now, QString *error)
{
    if (!now.isValid()) {
        fail(error, QStringLiteral("no valid current time for the certificate"));
        return std::nullopt;
    }
    ERR_clear_error();

    OwnedKey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "prime256v1"));
    if (!key) {
        fail(error, opensslError(QStringLiteral("cannot generate an EC P-256 key")));
        return std::nullopt;
    }
    OwnedX509 certificate(X509_new());
    if (!certificate) {
        fail(error, opensslError(QStringLiteral("cannot allocate a certificate")));
        return std::nullopt;
    }
    X509 *x509 = certificate.get();
    if (X509_set_version(x509, X509_VERSION_3) != 1 || X509_set_pubkey(x509, key.get()) != 1) {
        fail(error, opensslError(QStringLiteral("cannot set the certificate's version and key")));
        return std::nullopt;
    }
    if (!setRandomSerial(x509, error) || !setValidity(x509, now, error) ||
        !setSubjectAndIssuer(x509, error))
        return std::nullopt;

    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, x509, x509, nullptr, nullptr, 0);
    // A leaf for one server: it can sign a TLS handshake and nothing else, and
    // is no CA, so its key (sitting on the server) cannot vouch for other hosts.
    if (!addExtension(x509, &context, NID_basic_constraints, "critical,CA:FALSE", error) ||
        !addExtension(x509, &context, NID_key_usage, "critical,digitalSignature", error) ||
        !addExtension(x509, &context, NID_ext_key_usage, "serverAuth", error) ||
        !addExtension(x509, &context, NID_subject_key_identifier, "hash", error) ||
        !addSubjectAlternativeNames(x509, extraHosts, error))
        return std::nullopt;

    if (X509_sign(x509, key.get(), EVP_sha256()) <= 0) {
        fail(error, opensslError(QStringLiteral("cannot sign the certificate")));
        return std::nullopt;
    }
    return toPem(x509, key.get(), error);
}

std::optional<TlsIdentity> SelfSignedCertificate::fromPem(const QByteArray &certificatePem,
                                                          const QByteArray &keyPem, QString *error)
{
    ERR_clear_error();
    OwnedBio certificateBio = memoryBio(certificatePem);
    OwnedBio keyBio = memoryBio(keyPem);
    if (!certificateBio || !keyBio) {
        fail(error, opensslError(QStringLiteral("cannot allocate memory")));
        return std::nullopt;
    }
    OwnedX509 leaf(PEM_read_bio_X509(certificateBio.get(), nullptr, refusePassphrase, nullptr));
    if (!leaf) {
        fail(error, opensslError(QStringLiteral("no PEM certificate found")));
        return std::nullopt;
    }
    OwnedKey key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, refusePassphrase, nullptr));
    if (!key) {
        fail(error,
             opensslError(QStringLiteral(
                 "no unencrypted PEM private key found (encrypted keys are not supported)")));
        return std::nullopt;
    }
    if (X509_check_private_key(leaf.get(), key.get()) != 1) {
        ERR_clear_error();
        fail(error, QStringLiteral("the private key does not belong to the certificate"));
        return std::nullopt;
    }

    QSsl::KeyAlgorithm algorithm = QSsl::Opaque;
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_EC:
        algorithm = QSsl::Ec;
        break;
    case EVP_PKEY_RSA:
        algorithm = QSsl::Rsa;
        break;
    default:
        fail(error, QStringLiteral("unsupported private key type %1 (use EC or RSA)")
                        .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key.get()))));
        return std::nullopt;
    }

    // Re-encoded as PKCS#8, whatever form the file used.
    OwnedBio normalizedBio(BIO_new(BIO_s_secmem()));
    if (!normalizedBio || PEM_write_bio_PrivateKey(normalizedBio.get(), key.get(), nullptr, nullptr,
                                                   0, nullptr, nullptr) != 1) {
        fail(error, opensslError(QStringLiteral("cannot encode the private key")));
        return std::nullopt;
    }
    TlsIdentity identity;
    identity.privateKey = QSslKey(bioContents(normalizedBio.get()), algorithm, QSsl::Pem);
    if (identity.privateKey.isNull()) {
        fail(error, QStringLiteral("Qt cannot use the private key (is Qt's OpenSSL TLS backend "
                                   "installed?)"));
        return std::nullopt;
    }

    QList<QSslCertificate> certificates = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull()) {
        fail(error, QStringLiteral("Qt cannot read the certificate"));
        return std::nullopt;
    }
    // Qt and OpenSSL must agree on which certificate the key was checked against.
    unsigned char *der = nullptr;
    const int derLength = i2d_X509(leaf.get(), &der);
    const QByteArray leafDer =
        derLength > 0 ? QByteArray(reinterpret_cast<const char *>(der), derLength) : QByteArray();
    OPENSSL_free(der);
    if (leafDer.isEmpty() || certificates.first().toDer() != leafDer) {
        fail(error, QStringLiteral("the first certificate in the PEM could not be read"));
        return std::nullopt;
    }
    identity.certificate = certificates.takeFirst();
    identity.intermediates = certificates;
    return identity;
}

std::optional<TlsIdentity> SelfSignedCertificate::loadFiles(const QString &certificatePath,
                                                            const QString &keyPath, QString *error)
{
    const auto certificatePem = readFile(certificatePath, QStringLiteral("certificate"), error);
    if (!certificatePem)
        return std::nullopt;
    const auto keyPem = readFile(keyPath, QStringLiteral("private key"), error);
    if (!keyPem)
        return std::nullopt;
    QString reason;
    auto identity = fromPem(*certificatePem, *keyPem, &reason);
    if (!identity) {
        fail(
            error,
            QStringLiteral("certificate %1 with key %2: %3").arg(certificatePath, keyPath, reason));
        return std::nullopt;
    }
    identity->certificatePath = certificatePath;
    identity->keyPath = keyPath;
    return identity;
}

QString SelfSignedCertificate::certificatePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tls/cert.pem"));
}

QString SelfSignedCertificate::keyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tls/key.pem"));
}

bool SelfSignedCertificate::isValidHost(const QString &host, QString *error)
{
    return alternativeName(host, error).has_value();
}

std::optional<TlsIdentity> SelfSignedCertificate::ensureInDirectory(const QString &dataDir,
                                                                    const QStringList &extraHosts,
                                                                    const QDateTime &now,
                                                                    QString *error)
{
    const QString certificateFile = certificatePath(dataDir);
    const QString keyFile = keyPath(dataDir);
    const bool haveCertificate = QFileInfo::exists(certificateFile);
    const bool haveKey = QFileInfo::exists(keyFile);

    if (haveCertificate && haveKey) {
        auto identity = loadFiles(certificateFile, keyFile, error);
        if (identity && identity->certificate.expiryDate() <= now) {
            fail(error,
                 QStringLiteral("the certificate %1 expired on %2; remove %1 and %3 to "
                                "create a new one (its fingerprint will change)")
                     .arg(certificateFile, identity->certificate.expiryDate().toString(Qt::ISODate),
                          keyFile));
            return std::nullopt;
        }
        return identity;
    }
    if (haveCertificate != haveKey) {
        fail(error, QStringLiteral("%1 exists but %2 does not; restore it, or remove both to "
                                   "create a new certificate")
                        .arg(haveCertificate ? certificateFile : keyFile,
                             haveCertificate ? keyFile : certificateFile));
        return std::nullopt;
    }

    const QString tlsDir = QFileInfo(certificateFile).absolutePath();
    if (!QFileInfo::exists(tlsDir)) {
        if (!QDir().mkpath(tlsDir) ||
            !QFile::setPermissions(tlsDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner)) {
            fail(error, QStringLiteral("cannot create the directory %1").arg(tlsDir));
            return std::nullopt;
        }
    }
    const auto pem = generate(extraHosts, now, error);
    if (!pem)
        return std::nullopt;
    if (!writeAtomically(keyFile, pem->privateKey, QFileDevice::ReadOwner | QFileDevice::WriteOwner,
                         error))
        return std::nullopt;
    const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                          QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!writeAtomically(certificateFile, pem->certificate, readable, error)) {
        QFile::remove(keyFile); // a lone key would block the next start
        return std::nullopt;
    }
    auto identity = fromPem(pem->certificate, pem->privateKey, error);
    if (!identity)
        return std::nullopt;
    identity->certificatePath = certificateFile;
    identity->keyPath = keyFile;
    identity->created = true;
    return identity;
}

QString SelfSignedCertificate::fingerprintSha256(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString SelfSignedCertificate::fingerprintSha256(const QByteArray &certificatePem)
{
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(certificatePem, QSsl::Pem);
    return certificates.isEmpty() ? QString() : fingerprintSha256(certificates.first());
}

} // namespace icc
