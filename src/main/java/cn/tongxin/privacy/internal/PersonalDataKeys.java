package cn.tongxin.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The SM4 keys personal data is sealed with, and the key of the blind index, from the environment:
 * {@code TONGXIN_PRIVACY_KEYS="k2:<32 hex>,k1:<32 hex>"} (the first one seals new values; the others still open old
 * ones) and {@code TONGXIN_PRIVACY_INDEX_KEY=<64 hex>}. Without them the platform starts only for the demo or tests
 * ({@code tongxin.demo.enabled} or {@code tongxin.privacy.dev-keys-allowed}), on fixed development keys; otherwise it
 * refuses to start.
 */
@Component
public class PersonalDataKeys {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);
    static final String DEV_ID = "dev";

    private final Map<String, byte[]> keys = new LinkedHashMap<>();
    private final String currentId;
    private final byte[] indexKey;

    public PersonalDataKeys(@Value("${tongxin.privacy.keys:}") String keyList, @Value("${tongxin.privacy.index-key:}") String indexKey,
                     @Value("${tongxin.demo.enabled:true}") boolean demo,
                     @Value("${tongxin.privacy.dev-keys-allowed:false}") boolean devAllowed) {
        if (keyList.isBlank() || indexKey.isBlank()) {
            if (!demo && !devAllowed) {
                throw new IllegalStateException("未配置个人信息加密密钥：请设置 TONGXIN_PRIVACY_KEYS（如 k1:32位十六进制）"
                        + "和 TONGXIN_PRIVACY_INDEX_KEY（64位十六进制）；仅演示环境可使用开发密钥");
            }
            log.warn("个人信息使用开发密钥加密（仅限演示和测试）：生产环境请设置 TONGXIN_PRIVACY_KEYS 和 TONGXIN_PRIVACY_INDEX_KEY");
            keys.put(DEV_ID, java.util.Arrays.copyOf(sm3("tongxin-dev-sm4-key"), 16));
            this.currentId = DEV_ID;
            this.indexKey = sm3("tongxin-dev-index-key");
            return;
        }
        String first = null;
        for (String entry : keyList.split(",")) {
            String[] parts = entry.strip().split(":");
            byte[] key = parts.length == 2 ? hex(parts[1]) : null;
            if (key == null || key.length != 16 || !parts[0].matches("[A-Za-z0-9_-]{1,20}")) {
                throw new IllegalStateException("TONGXIN_PRIVACY_KEYS 格式应为 密钥编号:32位十六进制，多个以逗号分隔");
            }
            keys.put(parts[0], key);
            first = first == null ? parts[0] : first;
        }
        this.currentId = first;
        this.indexKey = hex(indexKey.strip());
        if (this.indexKey == null || this.indexKey.length < 16) {
            throw new IllegalStateException("TONGXIN_PRIVACY_INDEX_KEY 应为至少32位十六进制");
        }
    }

    public String currentId() {
        return currentId;
    }

    public byte[] current() {
        return keys.get(currentId);
    }

    public byte[] key(String id) {
        byte[] key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("缺少个人信息密钥 " + id + "：轮换密钥时请在 TONGXIN_PRIVACY_KEYS 中保留旧密钥");
        }
        return key;
    }

    public byte[] indexKey() {
        return indexKey;
    }

    private static byte[] hex(String s) {
        try {
            return HexFormat.of().parseHex(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] sm3(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        SM3Digest digest = new SM3Digest();
        digest.update(in, 0, in.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }
}
