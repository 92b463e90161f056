package eu.buyzet.portal.shared.jobs;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs (sending mail, digests, flag alerts) run unless {@code buyzet.jobs.enabled} is
 * false; integration tests switch them off and run each job themselves, at the moment they choose.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "buyzet.jobs.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
