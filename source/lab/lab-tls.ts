/**
The lab's TLS material: a CA made for the lab alone and a server certificate it signed for `git.corp.example`,
`*.corp.example` and `127.0.0.1`, valid from 2024 to 2124. The lab gives go and git the CA (SSL_CERT_FILE,
GIT_SSL_CAINFO), as a company gives its developers its own CA; nothing outside a lab trusts it. The key is
public on purpose: it protects nothing but the loopback traffic of a lab.
(ECDSA P-256; the CA has CA:TRUE and keyCertSign, the server certificate serverAuth and the names above.)
*/

/** The lab CA, PEM. */
export const labCaCertificate = `-----BEGIN CERTIFICATE-----
MIIBhTCCASugAwIBAgIUGT4fV6/+G344G6f7dJ+tl/41uhwwCgYIKoZIzj0EAwIw
HjEcMBoGA1UEAwwTZ29tb2QtZG9jdG9yIGxhYiBDQTAgFw0yNDAxMDEwMDAwMDBa
GA8yMTI0MDEwMTAwMDAwMFowHjEcMBoGA1UEAwwTZ29tb2QtZG9jdG9yIGxhYiBD
QTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABFgvnyI52nZvWDW993Y7cblxeN7/
33PKwmSfREm3r4yE7o/FdmT/B47Bh8Dx1Z0FjIKiLWLiK7S64rowwWm3KWejRTBD
MBIGA1UdEwEB/wQIMAYBAf8CAQAwDgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBQQ
MzEUZ9lZKMqJ6xgLlYKVSDwGgzAKBggqhkjOPQQDAgNIADBFAiAxWvsnLOnxB+tB
8rH+DeesOaXDQt9jrq8Uu6oo1lZFNgIhAJMQTNVlvUzsyTHbU6YJjx1R1JByf6Gw
BhJkQ1F1x+HH
-----END CERTIFICATE-----
`;

/** The lab server certificate (git.corp.example, *.corp.example, 127.0.0.1), PEM. */
export const labServerCertificate = `-----BEGIN CERTIFICATE-----
MIIBxzCCAW6gAwIBAgIUfjhlaqXR/krhK2nkweyBENUe/bEwCgYIKoZIzj0EAwIw
HjEcMBoGA1UEAwwTZ29tb2QtZG9jdG9yIGxhYiBDQTAgFw0yNDAxMDEwMDAwMDBa
GA8yMTI0MDEwMTAwMDAwMFowGzEZMBcGA1UEAwwQZ2l0LmNvcnAuZXhhbXBsZTBZ
MBMGByqGSM49AgEGCCqGSM49AwEHA0IABL4ri24XWT1Mw9WWac5i70kZcVSZB3ts
TmVg4JtA9I/PMZoFTP09jnap1MEKMjOXhYTnaUXUEpzx+TeLY0mHZSajgYowgYcw
MQYDVR0RBCowKIIQZ2l0LmNvcnAuZXhhbXBsZYIOKi5jb3JwLmV4YW1wbGWHBH8A
AAEwDAYDVR0TAQH/BAIwADAOBgNVHQ8BAf8EBAMCB4AwEwYDVR0lBAwwCgYIKwYB
BQUHAwEwHwYDVR0jBBgwFoAUEDMxFGfZWSjKiesYC5WClUg8BoMwCgYIKoZIzj0E
AwIDRwAwRAIgEIaFL2NyyufiFjgqiS1cN7IA89Mp6jhYS0ScF3GaiRQCIFQ0snFi
gq/VgRFmgtZfEKDskITmFWthDFlAF1mSI9kk
-----END CERTIFICATE-----
`;

/** The lab server certificate's private key, PEM (lab use only). */
export const labServerKey = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgaViV5BxmM1Zy740/
Hx6FpJnxlJyJ6eEmjuhvmilmf5WhRANCAAS+K4tuF1k9TMPVlmnOYu9JGXFUmQd7
bE5lYOCbQPSPzzGaBUz9PY52qdTBCjIzl4WE52lF1BKc8fk3i2NJh2Um
-----END PRIVATE KEY-----
`;
