package cn.tongxin.privacy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Service;

import cn.tongxin.privacy.internal.PersonalDataKeys;

/**
 * Seals and reveals personal data. A sealed value reads {@code sm4:<key id>:<base64 of nonce ‖ ciphertext ‖ tag>};
 * a value without that prefix is a legacy plaintext not yet sealed and is returned as it is.
 */
@Service
public class PersonalData {

    private static final String PREFIX = "sm4:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final PersonalDataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalData(PersonalDataKeys keys) {
        this.keys = keys;
    }

    /** The value sealed under the current key, with its blind index. */
    public Sealed seal(String plain) {
        return new Sealed(encrypt(plain), index(plain));
    }

    /** An e-mail address sealed, with the blind index of its lower case (addresses are found ignoring case). */
    public Sealed sealEmail(String plain) {
        return new Sealed(encrypt(plain), emailIndex(plain));
    }

    /** The blind index of an e-mail address: of its lower case. */
    public String emailIndex(String plain) {
        return plain == null ? null : index(plain.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The stored value sealed under the current key (plaintext or another key's value as given). */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        byte[] in = plain.getBytes(StandardCharsets.UTF_8);
        GCMModeCipher gcm = cipher(true, keys.current(), nonce);
        byte[] out = new byte[NONCE + gcm.getOutputSize(in.length)];
        System.arraycopy(nonce, 0, out, 0, NONCE);
        int n = gcm.processBytes(in, 0, in.length, out, NONCE);
        try {
            gcm.doFinal(out, NONCE + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return PREFIX + keys.currentId() + ":" + Base64.getEncoder().withoutPadding().encodeToString(out);
    }

    /** The plain value of a stored one. */
    public String reveal(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String keyId = stored.substring(PREFIX.length(), colon);
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        byte[] nonce = java.util.Arrays.copyOf(all, NONCE);
        GCMModeCipher gcm = cipher(false, keys.key(keyId), nonce);
        byte[] out = new byte[gcm.getOutputSize(all.length - NONCE)];
        int n = gcm.processBytes(all, NONCE, all.length - NONCE, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("个人信息密文校验失败（密钥 " + keyId + "）", e);
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** How every value sealed under the current key begins; a stored value that does not is to be (re)sealed. */
    public String currentPrefix() {
        return PREFIX + keys.currentId() + ":";
    }

    /** The blind index of a value: HMAC-SM3 under the index key, hex; equal values have equal indexes. */
    public String index(String plain) {
        if (plain == null) {
            return null;
        }
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(keys.indexKey()));
        byte[] in = plain.strip().getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /** A mobile number as lists show it: 138****0000. */
    public static String maskMobile(String mobile) {
        if (mobile == null || mobile.length() < 7) {
            return mobile == null ? null : "****";
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }

    /** An e-mail address as lists show it: z***@example.cn (the first letter and the domain). */
    public static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    private static GCMModeCipher cipher(boolean encrypt, byte[] key, byte[] nonce) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce));
        return gcm;
    }

    /** A sealed value and its blind index, as stored side by side. */
    public record Sealed(String value, String index) {

        @Override
        public String toString() {
            return "Sealed[index=" + index + "]";
        }
    }
}
