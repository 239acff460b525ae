package cn.tongxin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class TongxinApplication {

    public static void main(String[] args) {
        SpringApplication.run(TongxinApplication.class, args);
    }
}
