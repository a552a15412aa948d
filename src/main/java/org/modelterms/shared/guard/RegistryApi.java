package org.modelterms.shared.guard;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks every {@code @GraphQLApi} class. Its mutations need an editor ({@code AccessGuard}) and its
 * database failures become {@code DATABASE_UNAVAILABLE} ({@link DatabaseGuard}). {@code
 * MutationAccessTest} walks the served schema, so a mutation on a class without it fails the build.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RegistryApi {}
