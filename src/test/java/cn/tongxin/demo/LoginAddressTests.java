package cn.tongxin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.tongxin.support.IntegrationTest;

/** The start-up banner names the port the server listens on (here a random one), not 8080. */
@IntegrationTest
class LoginAddressTests {

    @LocalServerPort
    int port;
    @Autowired
    LoginAddress address;

    @Test
    void theBannerNamesTheActualPort() {
        assertThat(address.url()).contains("http://localhost:" + port + "/login");
        assertThat(address.bannerLine()).isEqualTo("\n登录地址：http://localhost:" + port + "/login");
        assertThat(port).isNotEqualTo(8080);
    }
}
