package cn.tongxin.account.internal;


import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default: a slow, salted hash.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * /api/v1 and the management endpoints: stateless, personal API tokens only, errors as problem details. Health is
     * open (load balancers, probes); metrics and every other management endpoint need an administrator's token
     * (Prometheus scrapes with it as a bearer token).
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, ProblemResponses problems,
                                 ApplicationEventPublisher events, RateLimits limits) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                // The password login that issues a script's first token is the only API call without a token.
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens").permitAll()
                        // password recovery: the person cannot log in, that is why they are here
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm",
                                "/api/v1/auth/password-reset/link/*").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems, limits),
                        AnonymousAuthenticationFilter.class)
                // inside the token filter, which clears the security context on its way out
                .addFilterAfter(new DeniedRequests(events), ApiTokenAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(res, 401, "未认证", "请在 Authorization 头中提供有效的API令牌"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(res, 403, "无权访问", "您没有执行此操作的权限")))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * The committees' public portals ({@code /public/**}, issue 16): open to anyone, and nothing else is opened. No
     * session is created for a citizen; forms carry a CSRF token in a cookie and a one-time captcha.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.csrfTokenRepository(new org.springframework.security.web.csrf.CookieCsrfTokenRepository()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(self), geolocation=(self), microphone=()")));
        return http.build();
    }

    /** Pages: form login in a session, CSRF on every form, lockout, forced first password change. */
    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, LoginAttempts loginAttempts, ApplicationEventPublisher events,
                                 RateLimits limits) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/password-reset", "/password-reset/confirm", "/password-reset/link/*", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error",
                                "/v3/api-docs/**", "/v3/api-docs", "/api-docs", "/api-docs/**", "/swagger-ui/**").permitAll()
                        .requestMatchers("/admin/**", "/org/units/new").hasRole("ADMIN")
                        .requestMatchers("/org/units/*").authenticated()
                        .requestMatchers("/org/**").hasAnyRole("ADMIN", "STAFF", "LEADER")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").loginProcessingUrl("/login")
                        .successHandler(loginAttempts).failureHandler(loginAttempts).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout")) // ending the session expires its cookie
                .sessionManagement(s -> s.invalidSessionUrl("/login?expired"))
                .addFilterBefore(new LoginRateLimitFilter(limits, events), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new MustChangePasswordFilter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new DeniedRequests(events), SecurityContextHolderFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(self), geolocation=(self), microphone=()")));
        return http.build();
    }
}
