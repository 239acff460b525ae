package cn.tongxin.infrastructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where the modules' event listeners run ({@code @ApplicationModuleListener} is asynchronous): a few threads and a
 * queue, not a virtual thread per event. A burst of requests (a plenary's submits) then cannot have hundreds of
 * listeners hold the database connections the requests wait for; the listeners catch up behind them. Nothing queued
 * is lost on a stop: every publication is in the registry until its listener completes, and incomplete ones are
 * republished on restart ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 * <p>
 * By default half the cores (at least one): the listeners' work (timeline, performance scores, notifications) then
 * never takes the CPU the requests of a burst need, and is done behind them (measured on 2 cores at the plenary peak:
 * 4 threads p99 421 ms, 2 threads 330 ms, 1 thread 288–340 ms; docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecution {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${tongxin.events.listener-threads:0}") int configured) {
        int threads = configured > 0 ? configured : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("listener-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }
}
