#include "AccessPolicy.h"
#include "LoginThrottle.h"
#include "ManualClock.h"
#include "PasswordHasher.h"
#include "RateLimiter.h"
#include "SecretToken.h"
#include "SelfSignedCertificate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificateExtension>
#include <QSslCipher>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <sys/stat.h>

using namespace icc;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow(QDate(2026, 1, 15), QTime(3, 0), Qt::UTC);

PasswordHasher fastHasher()
{
    return PasswordHasher(PasswordHashCost::minimum());
}

Caller user(Role role)
{
    Caller caller;
    caller.kind = Caller::Kind::User;
    caller.id = 1;
    caller.name = QStringLiteral("someone");
    caller.role = role;
    return caller;
}

Caller ingestKey()
{
    Caller caller;
    caller.kind = Caller::Kind::IngestKey;
    caller.id = 7;
    caller.name = QStringLiteral("alertmanager");
    return caller;
}

CertificatePem generated(const QStringList &hosts = {})
{
    QString error;
    const auto pem = SelfSignedCertificate::generate(hosts, kNow, &error);
    if (!pem)
        qFatal("generate failed: %s", qPrintable(error));
    return *pem;
}

int fileMode(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private slots:
    // --- PasswordHasher ------------------------------------------------------
    void hashAndVerifyRoundTrip();
    void wrongPasswordIsRefused();
    void hashIsArgon2idWithTheConfiguredCost();
    void twoHashesOfOnePasswordDiffer();
    void malformedOrForeignHashesAreRefused();
    void needsRehashWhenCostChanges();
    void defaultCostIsInteractive();

    // --- SecretToken ---------------------------------------------------------
    void tokensHavePrefixLengthAndAlphabet();
    void tokensAreDistinct();
    void tokenHashIsStableSha256Hex();
    void wellFormedRejectsOtherShapes();
    void constantTimeEqualsCompares();

    // --- SelfSignedCertificate -----------------------------------------------
    void generatedCertificateParses();
    void generatedKeyIsEcP256AndMatches();
    void subjectAlternativeNames();
    void extraHostsAreValidated();
    void validAtNowFor825Days();
    void isALeafForServerAuthOnly();
    void serialsDiffer();
    void fingerprintFormat();
    void ensureInDirectoryCreatesOnceThenLoads();
    void keyFileIsPrivate();
    void loneKeyOrCertificateIsNotOverwritten();
    void expiredCertificateInDirectoryIsReported();
    void mismatchedKeyIsRefused();
    void garbagePemIsRefused();
    void encryptedKeyIsRefusedWithoutPrompt();
    void loadFilesReportsMissingFile();
    void clientTrustingTheCertificateCompletesAHandshake();

    // --- AccessPolicy --------------------------------------------------------
    void accessMatrix_data();
    void accessMatrix();
    void ingestKeyIgnoresAnyRole();
    void anonymousIgnoresAnyRole();
    void userWithoutRoleIsAnonymous();

    // --- RateLimiter ---------------------------------------------------------
    void burstThenRefused();
    void refillsOverTime();
    void refusedRequestsCostNothing();
    void keysAreIndependent();
    void clockMovingBackDoesNotRefill();
    void idleBucketsAreEvicted();
    void fullLimiterKeepsTheLimitedKey();

    // --- LoginThrottle -------------------------------------------------------
    void lockedOutAfterMaxFailures();
    void successResetsFailures();
    void failuresOutsideTheWindowDoNotAccumulate();
    void lockoutEnds();
    void userNamesAreFoldedAndTrimmed();
    void floodOfNamesKeepsALockout();
};

// --- PasswordHasher ----------------------------------------------------------

void TestSecurity::hashAndVerifyRoundTrip()
{
    const PasswordHasher hasher = fastHasher();
    const auto hash = hasher.hash(QStringLiteral("correct horse battery stäple"));
    QVERIFY(hash);
    QVERIFY(hasher.verify(*hash, QStringLiteral("correct horse battery stäple")));
}

void TestSecurity::wrongPasswordIsRefused()
{
    const PasswordHasher hasher = fastHasher();
    const auto hash = hasher.hash(QStringLiteral("secret-one"));
    QVERIFY(hash);
    QVERIFY(!hasher.verify(*hash, QStringLiteral("secret-two")));
    QVERIFY(!hasher.verify(*hash, QStringLiteral("Secret-one")));
    QVERIFY(!hasher.verify(*hash, QString()));
}

void TestSecurity::hashIsArgon2idWithTheConfiguredCost()
{
    const auto hash = fastHasher().hash(QStringLiteral("pw"));
    QVERIFY(hash);
    QVERIFY2(hash->startsWith(QStringLiteral("$argon2id$v=19$")), qPrintable(*hash));
    const PasswordHashCost minimum = PasswordHashCost::minimum();
    const QString costField =
        QStringLiteral("$m=%1,t=%2,").arg(minimum.memLimitBytes / 1024).arg(minimum.opsLimit);
    QVERIFY2(hash->contains(costField), qPrintable(*hash));
    QVERIFY(!hash->contains(QStringLiteral("pw$"))); // not the password itself
}

void TestSecurity::twoHashesOfOnePasswordDiffer()
{
    const PasswordHasher hasher = fastHasher();
    const auto first = hasher.hash(QStringLiteral("same"));
    const auto second = hasher.hash(QStringLiteral("same"));
    QVERIFY(first && second);
    QVERIFY(*first != *second); // a fresh salt each time
    QVERIFY(hasher.verify(*first, QStringLiteral("same")));
    QVERIFY(hasher.verify(*second, QStringLiteral("same")));
}

void TestSecurity::malformedOrForeignHashesAreRefused()
{
    const PasswordHasher hasher = fastHasher();
    QVERIFY(!hasher.verify(QString(), QStringLiteral("pw")));
    QVERIFY(!hasher.verify(QStringLiteral("pw"), QStringLiteral("pw"))); // plaintext "hash"
    QVERIFY(!hasher.verify(QStringLiteral("$argon2id$garbage"), QStringLiteral("pw")));
    QVERIFY(!hasher.verify(QString(200, QLatin1Char('$')), QStringLiteral("pw")));
    // A genuine Argon2i hash of the right password: libsodium's own verify
    // accepts it, the hasher does not (the server only ever writes Argon2id).
    QVERIFY(sodium_init() >= 0);
    char encoded[crypto_pwhash_STRBYTES] = {};
    QCOMPARE(crypto_pwhash_str_alg(encoded, "pw", 2, crypto_pwhash_argon2i_OPSLIMIT_MIN,
                                   crypto_pwhash_argon2i_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2I13),
             0);
    QCOMPARE(crypto_pwhash_str_verify(encoded, "pw", 2), 0);
    const QString argon2i = QString::fromLatin1(encoded);
    QVERIFY(argon2i.startsWith(QStringLiteral("$argon2i$")));
    QVERIFY(!hasher.verify(argon2i, QStringLiteral("pw")));
    QVERIFY(hasher.needsRehash(argon2i));
}

void TestSecurity::needsRehashWhenCostChanges()
{
    const PasswordHasher cheap = fastHasher();
    const auto hash = cheap.hash(QStringLiteral("pw"));
    QVERIFY(hash);
    QVERIFY(!cheap.needsRehash(*hash));
    const PasswordHasher stronger(
        {PasswordHashCost::minimum().opsLimit + 1, PasswordHashCost::minimum().memLimitBytes});
    QVERIFY(stronger.needsRehash(*hash));
    QVERIFY(stronger.verify(*hash, QStringLiteral("pw"))); // still verifies meanwhile
    QVERIFY(cheap.needsRehash(QStringLiteral("not a hash")));
}

void TestSecurity::defaultCostIsInteractive()
{
    const PasswordHasher hasher;
    QCOMPARE(hasher.cost().opsLimit, PasswordHashCost::interactive().opsLimit);
    QCOMPARE(hasher.cost().memLimitBytes, PasswordHashCost::interactive().memLimitBytes);
    // Never weaker than OWASP's Argon2id floor (19 MiB, 2 passes).
    QVERIFY(hasher.cost().memLimitBytes >= 19u * 1024 * 1024);
    QVERIFY(hasher.cost().opsLimit >= 2);
}

// --- SecretToken -------------------------------------------------------------

void TestSecurity::tokensHavePrefixLengthAndAlphabet()
{
    const auto session = SecretToken::generate(SecretToken::Kind::Session);
    const auto ingest = SecretToken::generate(SecretToken::Kind::IngestKey);
    QVERIFY(session && ingest);
    QVERIFY(session->startsWith(QStringLiteral("icc_s_")));
    QVERIFY(ingest->startsWith(QStringLiteral("icc_k_")));
    for (const QString &token : {*session, *ingest}) {
        QCOMPARE(token.size(), 6 + 43); // 32 bytes, base64url without padding
        const QString body = token.mid(6);
        for (const QChar c : body) {
            const bool urlSafe = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                                 (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                                 (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                                 c == QLatin1Char('-') || c == QLatin1Char('_');
            QVERIFY2(urlSafe, qPrintable(token));
        }
        const QByteArray raw =
            QByteArray::fromBase64(body.toLatin1(), QByteArray::Base64UrlEncoding);
        QCOMPARE(raw.size(), 32);
    }
    QVERIFY(SecretToken::isWellFormed(*session, SecretToken::Kind::Session));
    QVERIFY(SecretToken::isWellFormed(*ingest, SecretToken::Kind::IngestKey));
    QVERIFY(!SecretToken::isWellFormed(*session, SecretToken::Kind::IngestKey));
}

void TestSecurity::tokensAreDistinct()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const auto token = SecretToken::generate(SecretToken::Kind::Session);
        QVERIFY(token);
        seen.insert(*token);
    }
    QCOMPARE(seen.size(), 200);
    // Not a counter or a timestamp: two consecutive tokens share no long run.
    const QString a = SecretToken::generate(SecretToken::Kind::Session)->mid(6);
    const QString b = SecretToken::generate(SecretToken::Kind::Session)->mid(6);
    QVERIFY(a.left(8) != b.left(8));
}

void TestSecurity::tokenHashIsStableSha256Hex()
{
    const QString token = QStringLiteral("icc_s_abc");
    const QString hash = SecretToken::sha256Hex(token);
    QCOMPARE(hash, SecretToken::sha256Hex(token));
    QCOMPARE(hash.size(), 64);
    QCOMPARE(hash, hash.toLower());
    QCOMPARE(hash, QString::fromLatin1(QCryptographicHash::hash(QByteArrayLiteral("icc_s_abc"),
                                                                QCryptographicHash::Sha256)
                                           .toHex()));
    QVERIFY(hash != SecretToken::sha256Hex(QStringLiteral("icc_s_abd")));
    QVERIFY(!hash.contains(token));
}

void TestSecurity::wellFormedRejectsOtherShapes()
{
    const QString body(43, QLatin1Char('A'));
    QVERIFY(SecretToken::isWellFormed(QStringLiteral("icc_s_") + body, SecretToken::Kind::Session));
    QVERIFY(!SecretToken::isWellFormed(QStringLiteral("icc_s_") + body.left(42),
                                       SecretToken::Kind::Session));
    QVERIFY(!SecretToken::isWellFormed(QStringLiteral("icc_s_") + body + QLatin1Char('A'),
                                       SecretToken::Kind::Session));
    QString withPlus = QStringLiteral("icc_s_") + body;
    withPlus[10] = QLatin1Char('+');
    QVERIFY(!SecretToken::isWellFormed(withPlus, SecretToken::Kind::Session));
    QVERIFY(!SecretToken::isWellFormed(QString(), SecretToken::Kind::Session));
}

void TestSecurity::constantTimeEqualsCompares()
{
    QVERIFY(SecretToken::constantTimeEquals(QStringLiteral("abc"), QStringLiteral("abc")));
    QVERIFY(!SecretToken::constantTimeEquals(QStringLiteral("abc"), QStringLiteral("abd")));
    QVERIFY(!SecretToken::constantTimeEquals(QStringLiteral("abc"), QStringLiteral("abcd")));
    QVERIFY(!SecretToken::constantTimeEquals(QStringLiteral("abc"), QString()));
    QVERIFY(SecretToken::constantTimeEquals(QString(), QString()));
}

// --- SelfSignedCertificate ---------------------------------------------------

void TestSecurity::generatedCertificateParses()
{
    const CertificatePem pem = generated();
    QVERIFY(pem.certificate.startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(pem.privateKey.startsWith("-----BEGIN PRIVATE KEY-----"));
    const QSslCertificate certificate(pem.certificate, QSsl::Pem);
    QVERIFY(!certificate.isNull());
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("icc-server")});
    QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("icc-server")});
    // Not QSslCertificate::isSelfSigned(): OpenSSL's X509_check_issued() says no
    // for a leaf whose keyUsage lacks keyCertSign, which is what we want here
    // (clients that trust this certificate directly verify it fine).
    QCOMPARE(certificate.issuerDisplayName(), certificate.subjectDisplayName());
    QCOMPARE(certificate.version(), QByteArray("3"));
}

void TestSecurity::generatedKeyIsEcP256AndMatches()
{
    const CertificatePem pem = generated();
    QString error;
    const auto identity = SelfSignedCertificate::fromPem(pem.certificate, pem.privateKey, &error);
    QVERIFY2(identity, qPrintable(error));
    QCOMPARE(identity->privateKey.algorithm(), QSsl::Ec);
    QCOMPARE(identity->privateKey.type(), QSsl::PrivateKey);
    QCOMPARE(identity->privateKey.length(), 256);
    QCOMPARE(identity->certificate.publicKey().algorithm(), QSsl::Ec);
    QCOMPARE(identity->certificate.publicKey().length(), 256);
    QVERIFY(identity->intermediates.isEmpty());
    QVERIFY(!identity->created);
}

void TestSecurity::subjectAlternativeNames()
{
    const CertificatePem pem =
        generated({QStringLiteral("icc.example.org"), QStringLiteral("10.1.2.3"),
                   QStringLiteral("localhost"), QStringLiteral("fd00::5")});
    const QSslCertificate certificate(pem.certificate, QSsl::Pem);
    const auto names = certificate.subjectAlternativeNames();
    const QStringList dns = names.values(QSsl::DnsEntry);
    const QStringList ips = names.values(QSsl::IpAddressEntry);
    QVERIFY2(dns.contains(QStringLiteral("localhost")), qPrintable(dns.join(u',')));
    QVERIFY(dns.contains(QStringLiteral("icc.example.org")));
    QCOMPARE(dns.count(QStringLiteral("localhost")), 1); // duplicates folded
    QVERIFY2(ips.contains(QStringLiteral("127.0.0.1")), qPrintable(ips.join(u',')));
    QVERIFY(ips.contains(QStringLiteral("10.1.2.3")));
    QVERIFY(std::any_of(ips.cbegin(), ips.cend(), [](const QString &ip) {
        return QHostAddress(ip) == QHostAddress(QStringLiteral("::1"));
    }));
    QVERIFY(std::any_of(ips.cbegin(), ips.cend(), [](const QString &ip) {
        return QHostAddress(ip) == QHostAddress(QStringLiteral("fd00::5"));
    }));
}

void TestSecurity::extraHostsAreValidated()
{
    // A host must not be able to smuggle extra names (e.g. a wildcard) into the certificate.
    for (const QString &bad : {QStringLiteral("evil.org,DNS:*.bank.com"), QStringLiteral("*.org"),
                               QStringLiteral("has space"), QStringLiteral(""),
                               QStringLiteral("-leading.org"), QStringLiteral("a/b")}) {
        QString error;
        QVERIFY2(!SelfSignedCertificate::generate({bad}, kNow, &error), qPrintable(bad));
        QVERIFY2(error.contains(QStringLiteral("host")), qPrintable(error));
    }
    const CertificatePem pem = generated({QStringLiteral("Upper.Example.ORG")});
    const QSslCertificate certificate(pem.certificate, QSsl::Pem);
    QVERIFY(certificate.subjectAlternativeNames()
                .values(QSsl::DnsEntry)
                .contains(QStringLiteral("upper.example.org")));
}

void TestSecurity::validAtNowFor825Days()
{
    const QSslCertificate certificate(generated().certificate, QSsl::Pem);
    QVERIFY(certificate.effectiveDate() <= kNow);
    QVERIFY(certificate.effectiveDate() >= kNow.addSecs(-2 * 3600)); // only slightly backdated
    QVERIFY(certificate.expiryDate() > kNow);
    QCOMPARE(certificate.expiryDate(), kNow.addDays(825));
    QVERIFY(!SelfSignedCertificate::generate({}, QDateTime(), nullptr)); // no valid "now"
}

void TestSecurity::isALeafForServerAuthOnly()
{
    const QSslCertificate certificate(generated().certificate, QSsl::Pem);
    QMap<QString, QSslCertificateExtension> byName;
    for (const QSslCertificateExtension &extension : certificate.extensions())
        byName.insert(extension.name(), extension);

    QVERIFY(byName.contains(QStringLiteral("basicConstraints")));
    QVERIFY(byName.value(QStringLiteral("basicConstraints")).isCritical());
    QCOMPARE(byName.value(QStringLiteral("basicConstraints"))
                 .value()
                 .toMap()
                 .value(QStringLiteral("ca")),
             QVariant(false));

    QVERIFY(byName.contains(QStringLiteral("keyUsage")));
    const QStringList keyUsage = byName.value(QStringLiteral("keyUsage")).value().toStringList();
    QCOMPARE(keyUsage, QStringList{QStringLiteral("Digital Signature")});
    QVERIFY(byName.value(QStringLiteral("keyUsage")).isCritical());

    QVERIFY(byName.contains(QStringLiteral("extendedKeyUsage")));
    QCOMPARE(byName.value(QStringLiteral("extendedKeyUsage")).value().toStringList(),
             QStringList{QStringLiteral("TLS Web Server Authentication")});
}

void TestSecurity::serialsDiffer()
{
    const QSslCertificate first(generated().certificate, QSsl::Pem);
    const QSslCertificate second(generated().certificate, QSsl::Pem);
    QVERIFY(first.serialNumber() != second.serialNumber());
    QVERIFY(first.serialNumber().size() >= 16 * 3 - 1); // 16 bytes as "aa:bb:..."
    QVERIFY(SelfSignedCertificate::fingerprintSha256(first) !=
            SelfSignedCertificate::fingerprintSha256(second));
}

void TestSecurity::fingerprintFormat()
{
    const CertificatePem pem = generated();
    const QSslCertificate certificate(pem.certificate, QSsl::Pem);
    const QString fingerprint = SelfSignedCertificate::fingerprintSha256(certificate);
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);
    QCOMPARE(fingerprint, fingerprint.toUpper());
    QString expected;
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    for (const char byte : digest) {
        if (!expected.isEmpty())
            expected += QLatin1Char(':');
        expected += QStringLiteral("%1").arg(uchar(byte), 2, 16, QLatin1Char('0')).toUpper();
    }
    QCOMPARE(fingerprint, expected);
    QCOMPARE(SelfSignedCertificate::fingerprintSha256(pem.certificate), expected);
    QCOMPARE(SelfSignedCertificate::fingerprintSha256(QByteArray("garbage")), QString());
    QCOMPARE(SelfSignedCertificate::fingerprintSha256(QSslCertificate()), QString());
}

void TestSecurity::ensureInDirectoryCreatesOnceThenLoads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const auto created = SelfSignedCertificate::ensureInDirectory(
        dir.path(), {QStringLiteral("icc.test")}, kNow, &error);
    QVERIFY2(created, qPrintable(error));
    QVERIFY(created->created);
    QCOMPARE(created->certificatePath, dir.filePath(QStringLiteral("tls/cert.pem")));
    QCOMPARE(created->keyPath, dir.filePath(QStringLiteral("tls/key.pem")));
    QVERIFY(QFile::exists(created->certificatePath));
    QVERIFY(QFile::exists(created->keyPath));
    QCOMPARE(created->privateKey.algorithm(), QSsl::Ec);

    const QString fingerprint = SelfSignedCertificate::fingerprintSha256(created->certificate);
    const auto loaded =
        SelfSignedCertificate::ensureInDirectory(dir.path(), {}, kNow.addDays(30), &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(!loaded->created);
    QCOMPARE(SelfSignedCertificate::fingerprintSha256(loaded->certificate), fingerprint);
    QCOMPARE(loaded->privateKey.toPem(), created->privateKey.toPem());
}

void TestSecurity::keyFileIsPrivate()
{
    QTemporaryDir dir;
    QString error;
    const auto identity = SelfSignedCertificate::ensureInDirectory(dir.path(), {}, kNow, &error);
    QVERIFY2(identity, qPrintable(error));
    QCOMPARE(fileMode(identity->keyPath), 0600);
    QCOMPARE(fileMode(dir.filePath(QStringLiteral("tls"))), 0700);
    QCOMPARE(fileMode(identity->certificatePath) & 0600, 0600);
    // No temporary file left behind next to them.
    QCOMPARE(QDir(dir.filePath(QStringLiteral("tls"))).entryList(QDir::Files),
             (QStringList{QStringLiteral("cert.pem"), QStringLiteral("key.pem")}));
}

void TestSecurity::loneKeyOrCertificateIsNotOverwritten()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(SelfSignedCertificate::ensureInDirectory(dir.path(), {}, kNow, &error));
    const QString keyFile = SelfSignedCertificate::keyPath(dir.path());
    const QString certificateFile = SelfSignedCertificate::certificatePath(dir.path());
    QFile keyBefore(keyFile);
    QVERIFY(keyBefore.open(QIODevice::ReadOnly));
    const QByteArray keyBytes = keyBefore.readAll();
    keyBefore.close();

    QVERIFY(QFile::remove(certificateFile));
    QVERIFY(!SelfSignedCertificate::ensureInDirectory(dir.path(), {}, kNow, &error));
    QVERIFY2(error.contains(QStringLiteral("cert.pem")), qPrintable(error));
    QVERIFY(!QFile::exists(certificateFile));
    QFile keyAfter(keyFile);
    QVERIFY(keyAfter.open(QIODevice::ReadOnly));
    QCOMPARE(keyAfter.readAll(), keyBytes);
}

void TestSecurity::expiredCertificateInDirectoryIsReported()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(SelfSignedCertificate::ensureInDirectory(dir.path(), {}, kNow, &error));
    QVERIFY(!SelfSignedCertificate::ensureInDirectory(dir.path(), {}, kNow.addDays(826), &error));
    QVERIFY2(error.contains(QStringLiteral("expired")), qPrintable(error));
}

void TestSecurity::mismatchedKeyIsRefused()
{
    const CertificatePem first = generated();
    const CertificatePem second = generated();
    QString error;
    QVERIFY(!SelfSignedCertificate::fromPem(first.certificate, second.privateKey, &error));
    QVERIFY2(error.contains(QStringLiteral("does not belong")), qPrintable(error));

    QTemporaryDir dir;
    const QString certificateFile = dir.filePath(QStringLiteral("cert.pem"));
    const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
    QFile certificate(certificateFile);
    QVERIFY(certificate.open(QIODevice::WriteOnly));
    certificate.write(first.certificate);
    certificate.close();
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(second.privateKey);
    key.close();
    QVERIFY(!SelfSignedCertificate::loadFiles(certificateFile, keyFile, &error));
    QVERIFY2(error.contains(certificateFile) && error.contains(QStringLiteral("does not belong")),
             qPrintable(error));

    QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write(first.privateKey);
    key.close();
    const auto identity = SelfSignedCertificate::loadFiles(certificateFile, keyFile, &error);
    QVERIFY2(identity, qPrintable(error));
    QCOMPARE(identity->certificatePath, certificateFile);
}

void TestSecurity::garbagePemIsRefused()
{
    const CertificatePem pem = generated();
    QString error;
    QVERIFY(
        !SelfSignedCertificate::fromPem(QByteArray("not a certificate"), pem.privateKey, &error));
    QVERIFY2(error.contains(QStringLiteral("certificate")), qPrintable(error));

    error.clear();
    QVERIFY(!SelfSignedCertificate::fromPem(pem.certificate, QByteArray("not a key"), &error));
    QVERIFY2(error.contains(QStringLiteral("private key")), qPrintable(error));

    error.clear();
    QByteArray truncated = pem.certificate;
    truncated.chop(80);
    QVERIFY(!SelfSignedCertificate::fromPem(truncated, pem.privateKey, &error));
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(!SelfSignedCertificate::fromPem({}, {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!SelfSignedCertificate::fromPem({}, {}, nullptr)); // no error slot: still no crash
}

void TestSecurity::encryptedKeyIsRefusedWithoutPrompt()
{
    // Would block on a terminal passphrase prompt if the default callback were used.
    const CertificatePem pem = generated();
    const QSslKey plain(pem.privateKey, QSsl::Ec, QSsl::Pem);
    QVERIFY(!plain.isNull());
    const QByteArray encrypted = plain.toPem(QByteArrayLiteral("passphrase"));
    QVERIFY(encrypted.contains("ENCRYPTED"));
    QString error;
    QVERIFY(!SelfSignedCertificate::fromPem(pem.certificate, encrypted, &error));
    QVERIFY2(error.contains(QStringLiteral("encrypted")), qPrintable(error));
}

void TestSecurity::loadFilesReportsMissingFile()
{
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("nope.pem"));
    QVERIFY(!SelfSignedCertificate::loadFiles(missing, missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
}

void TestSecurity::clientTrustingTheCertificateCompletesAHandshake()
{
    // What the desktop does after the user compared the fingerprint: trust this
    // one certificate. It must verify for localhost with no TLS error at all.
    QString error;
    const CertificatePem pem = generated();
    const auto server = SelfSignedCertificate::fromPem(pem.certificate, pem.privateKey, &error);
    QVERIFY2(server, qPrintable(error));

    QSslServer listener;
    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(server->certificate);
    serverConfig.setPrivateKey(server->privateKey);
    listener.setSslConfiguration(serverConfig);
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));

    QSslSocket client;
    QSslConfiguration clientConfig = QSslConfiguration::defaultConfiguration();
    clientConfig.setCaCertificates({server->certificate});
    client.setSslConfiguration(clientConfig);
    QSignalSpy encrypted(&client, &QSslSocket::encrypted);
    QSignalSpy sslErrors(&client, &QSslSocket::sslErrors);
    client.connectToHostEncrypted(QStringLiteral("localhost"), listener.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(encrypted.size() == 1 || sslErrors.size() > 0, 10000);
    QVERIFY2(sslErrors.isEmpty(), qPrintable(client.sslHandshakeErrors().value(0).errorString()));
    QCOMPARE(client.peerCertificate(), server->certificate);
    QVERIFY(client.sessionCipher().protocol() >= QSsl::TlsV1_2);
}

// --- AccessPolicy --------------------------------------------------------------

void TestSecurity::accessMatrix_data()
{
    QTest::addColumn<int>("permission");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<bool>("allowed");

    // The expected matrix, written out independently of AccessPolicy's table:
    // who may do each thing, by name. Everyone not listed is refused.
    const QMap<Permission, QStringList> expected = {
        {Permission::Public,
         {QStringLiteral("responder"), QStringLiteral("reviewer"), QStringLiteral("commander"),
          QStringLiteral("facilitator"), QStringLiteral("admin"), QStringLiteral("ingest-key"),
          QStringLiteral("anonymous")}},
        {Permission::IngestAlerts, {QStringLiteral("admin"), QStringLiteral("ingest-key")}},
        {Permission::ReadState,
         {QStringLiteral("responder"), QStringLiteral("reviewer"), QStringLiteral("commander"),
          QStringLiteral("facilitator"), QStringLiteral("admin")}},
        {Permission::DecideReviews, {QStringLiteral("reviewer"), QStringLiteral("commander")}},
        {Permission::AcknowledgePages,
         {QStringLiteral("responder"), QStringLiteral("reviewer"), QStringLiteral("commander"),
          QStringLiteral("facilitator"), QStringLiteral("admin")}},
        {Permission::GrantClassApprovals, {QStringLiteral("commander")}},
        {Permission::StopActions, {QStringLiteral("commander")}},
        {Permission::EditRoster, {QStringLiteral("commander"), QStringLiteral("admin")}},
        {Permission::EditRunbooks, {QStringLiteral("responder"), QStringLiteral("admin")}},
        {Permission::SetPolicy, {QStringLiteral("admin")}},
        {Permission::ReadAudit,
         {QStringLiteral("facilitator"), QStringLiteral("commander"), QStringLiteral("admin")}},
        {Permission::MarkOutcomes, {QStringLiteral("facilitator"), QStringLiteral("commander")}},
        {Permission::ReadMetrics,
         {QStringLiteral("commander"), QStringLiteral("facilitator"), QStringLiteral("admin")}},
        {Permission::ManageUsers, {QStringLiteral("admin")}},
        {Permission::ManageIncidents, {QStringLiteral("commander")}},
        {Permission::ScrapeMetrics,
         {QStringLiteral("ingest-key"), QStringLiteral("commander"), QStringLiteral("facilitator"),
          QStringLiteral("admin")}},
    };
    // Every permission has a row: a new permission must be added here on purpose.
    QCOMPARE(expected.size(), allPermissions().size());

    QStringList callers;
    for (const Role role : allRoles())
        callers.append(toString(role));
    callers << QStringLiteral("ingest-key") << QStringLiteral("anonymous");

    for (const Permission permission : allPermissions()) {
        QVERIFY2(expected.contains(permission), qPrintable(toString(permission)));
        for (const QString &caller : callers) {
            const QByteArray row = (toString(permission) + QLatin1Char('/') + caller).toUtf8();
            QTest::newRow(row.constData())
                << int(permission) << caller << expected.value(permission).contains(caller);
        }
    }
}

void TestSecurity::accessMatrix()
{
    QFETCH(int, permission);
    QFETCH(QString, caller);
    QFETCH(bool, allowed);

    Caller who;
    if (caller == QStringLiteral("ingest-key"))
        who = ingestKey();
    else if (caller != QStringLiteral("anonymous"))
        who = user(*roleFromString(caller));
    QCOMPARE(AccessPolicy::allows(who, Permission(permission)), allowed);
}

void TestSecurity::ingestKeyIgnoresAnyRole()
{
    Caller key = ingestKey();
    key.role = Role::Admin; // must not turn a key into an admin
    for (const Permission permission : allPermissions()) {
        const bool expected = permission == Permission::IngestAlerts ||
                              permission == Permission::ScrapeMetrics ||
                              permission == Permission::Public;
        QCOMPARE(AccessPolicy::allows(key, permission), expected);
    }
}

void TestSecurity::anonymousIgnoresAnyRole()
{
    Caller anonymous;
    anonymous.role = Role::Admin;
    for (const Permission permission : allPermissions())
        QCOMPARE(AccessPolicy::allows(anonymous, permission), permission == Permission::Public);
}

void TestSecurity::userWithoutRoleIsAnonymous()
{
    Caller roleless = user(Role::Admin);
    roleless.role.reset();
    for (const Permission permission : allPermissions())
        QCOMPARE(AccessPolicy::allows(roleless, permission), permission == Permission::Public);
    QVERIFY(!AccessPolicy::allows(user(Role::Admin), Permission(999))); // unknown: nobody
}

// --- RateLimiter ---------------------------------------------------------------

void TestSecurity::burstThenRefused()
{
    test::ManualClock clock;
    RateLimiter limiter(clock, {3, 10s});
    const QString key = QStringLiteral("ingest:a");
    QCOMPARE(limiter.retryAfterSeconds(key), 0);
    QVERIFY(limiter.allow(key));
    QVERIFY(limiter.allow(key));
    QVERIFY(limiter.allow(key));
    QVERIFY(!limiter.allow(key));
    QCOMPARE(limiter.retryAfterSeconds(key), 10);
    clock.advanceSeconds(4);
    QCOMPARE(limiter.retryAfterSeconds(key), 6);
    QVERIFY(!limiter.allow(key));
}

void TestSecurity::refillsOverTime()
{
    test::ManualClock clock;
    RateLimiter limiter(clock, {2, 1000ms});
    const QString key = QStringLiteral("k");
    QVERIFY(limiter.allow(key));
    QVERIFY(limiter.allow(key));
    QVERIFY(!limiter.allow(key));
    clock.set(clock.now().addMSecs(999));
    QVERIFY(!limiter.allow(key));
    QCOMPARE(limiter.retryAfterSeconds(key), 1); // 1 ms left, rounded up
    clock.set(clock.now().addMSecs(1));
    QVERIFY(limiter.allow(key)); // exactly one token came back
    QVERIFY(!limiter.allow(key));
    clock.advanceSeconds(60); // a long pause refills only up to the burst
    QVERIFY(limiter.allow(key));
    QVERIFY(limiter.allow(key));
    QVERIFY(!limiter.allow(key));
}

void TestSecurity::refusedRequestsCostNothing()
{
    test::ManualClock clock;
    RateLimiter limiter(clock, {1, 5s});
    const QString key = QStringLiteral("k");
    QVERIFY(limiter.allow(key));
    for (int i = 0; i < 100; ++i)
        QVERIFY(!limiter.allow(key));
    QCOMPARE(limiter.retryAfterSeconds(key), 5);
    clock.advanceSeconds(5);
    QVERIFY(limiter.allow(key));
}

void TestSecurity::keysAreIndependent()
{
    test::ManualClock clock;
    RateLimiter limiter(clock, {1, 60s});
    QVERIFY(limiter.allow(QStringLiteral("a")));
    QVERIFY(!limiter.allow(QStringLiteral("a")));
    QVERIFY(limiter.allow(QStringLiteral("b")));
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("b")), 60);
    QCOMPARE(limiter.retryAfterSeconds(QStringLiteral("c")), 0);
}

void TestSecurity::clockMovingBackDoesNotRefill()
{
    test::ManualClock clock;
    RateLimiter limiter(clock, {1, 10s});
    const QString key = QStringLiteral("k");
    QVERIFY(limiter.allow(key));
    clock.advanceSeconds(-3600);
    QVERIFY(!limiter.allow(key));
    QVERIFY(limiter.retryAfterSeconds(key) > 0);
}

void TestSecurity::idleBucketsAreEvicted()
{
    test::ManualClock clock;
    RateLimiter limiter(clock, {2, 10s});
    for (int i = 0; i < 50; ++i)
        QVERIFY(limiter.allow(QStringLiteral("client-%1").arg(i)));
    QCOMPARE(limiter.trackedKeys(), 50);
    clock.advanceSeconds(9);
    limiter.evictIdle();
    QCOMPARE(limiter.trackedKeys(), 50); // not yet refilled: still remembered
    clock.advanceSeconds(1);
    limiter.evictIdle();
    QCOMPARE(limiter.trackedKeys(), 0);

    // Without an explicit sweep, allow() sweeps once a full refill period passed.
    for (int i = 0; i < 50; ++i)
        QVERIFY(limiter.allow(QStringLiteral("client-%1").arg(i)));
    clock.advanceSeconds(20);
    QVERIFY(limiter.allow(QStringLiteral("new")));
    QCOMPARE(limiter.trackedKeys(), 1);
}

void TestSecurity::fullLimiterKeepsTheLimitedKey()
{
    test::ManualClock clock;
    RateLimiter limiter(clock, {3, 60s}, 10);
    const QString victim = QStringLiteral("login:alice");
    while (limiter.allow(victim)) {
    }
    // A flood of fresh keys, one request each, cannot push the drained bucket out.
    for (int i = 0; i < 1000; ++i)
        QVERIFY(limiter.allow(QStringLiteral("flood-%1").arg(i)));
    QVERIFY(limiter.trackedKeys() <= 10);
    QVERIFY(!limiter.allow(victim));
    QVERIFY(limiter.retryAfterSeconds(victim) > 0);
}

// --- LoginThrottle -------------------------------------------------------------

void TestSecurity::lockedOutAfterMaxFailures()
{
    test::ManualClock clock;
    LoginThrottle throttle(clock, {3, 600s, 900s});
    const QString alice = QStringLiteral("alice");
    throttle.recordFailure(alice);
    throttle.recordFailure(alice);
    QCOMPARE(throttle.retryAfterSeconds(alice), 0);
    throttle.recordFailure(alice);
    QVERIFY(throttle.isLockedOut(alice));
    QCOMPARE(throttle.retryAfterSeconds(alice), 900);
    QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("bob")), 0);
}

void TestSecurity::successResetsFailures()
{
    test::ManualClock clock;
    LoginThrottle throttle(clock, {3, 600s, 900s});
    const QString alice = QStringLiteral("alice");
    throttle.recordFailure(alice);
    throttle.recordFailure(alice);
    throttle.recordSuccess(alice);
    throttle.recordFailure(alice);
    throttle.recordFailure(alice);
    QCOMPARE(throttle.retryAfterSeconds(alice), 0);
    QCOMPARE(throttle.trackedNames(), 1);
}

void TestSecurity::failuresOutsideTheWindowDoNotAccumulate()
{
    test::ManualClock clock;
    LoginThrottle throttle(clock, {3, 600s, 900s});
    const QString alice = QStringLiteral("alice");
    throttle.recordFailure(alice);
    throttle.recordFailure(alice);
    clock.advanceSeconds(600);
    throttle.recordFailure(alice);
    QCOMPARE(throttle.retryAfterSeconds(alice), 0);
    throttle.recordFailure(alice);
    clock.advanceSeconds(599);
    throttle.recordFailure(alice); // three within one window
    QVERIFY(throttle.isLockedOut(alice));
}

void TestSecurity::lockoutEnds()
{
    test::ManualClock clock;
    LoginThrottle throttle(clock, {2, 600s, 900s});
    const QString alice = QStringLiteral("alice");
    throttle.recordFailure(alice);
    throttle.recordFailure(alice);
    clock.advanceSeconds(899);
    QCOMPARE(throttle.retryAfterSeconds(alice), 1);
    clock.advanceSeconds(1);
    QCOMPARE(throttle.retryAfterSeconds(alice), 0);
    throttle.recordFailure(alice); // a fresh count after the lockout
    QCOMPARE(throttle.retryAfterSeconds(alice), 0);
    throttle.recordFailure(alice);
    QCOMPARE(throttle.retryAfterSeconds(alice), 900);
}

void TestSecurity::userNamesAreFoldedAndTrimmed()
{
    test::ManualClock clock;
    LoginThrottle throttle(clock, {3, 600s, 900s});
    throttle.recordFailure(QStringLiteral("alice"));
    throttle.recordFailure(QStringLiteral("ALICE"));
    throttle.recordFailure(QStringLiteral(" Alice "));
    QVERIFY(throttle.isLockedOut(QStringLiteral("alice")));
    QVERIFY(throttle.isLockedOut(QStringLiteral("aLiCe")));
}

void TestSecurity::floodOfNamesKeepsALockout()
{
    test::ManualClock clock;
    LoginThrottlePolicy policy{3, 600s, 900s};
    policy.maxTrackedNames = 20;
    LoginThrottle throttle(clock, policy);
    const QString alice = QStringLiteral("alice");
    for (int i = 0; i < 3; ++i)
        throttle.recordFailure(alice);
    QVERIFY(throttle.isLockedOut(alice));
    for (int i = 0; i < 1000; ++i)
        throttle.recordFailure(QStringLiteral("made-up-%1").arg(i));
    QVERIFY(throttle.trackedNames() <= 20);
    QVERIFY(throttle.isLockedOut(alice));
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
