package io.oktaadapter.bootstrap.archunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.oktaadapter.adapters.in.rest.common.StrictInput;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Strict input (ADR 0014, issue 18): every request body type of the operator API, found by scanning
 * the resource methods (not from a list), and every type nested in one, refuses unknown fields
 * ({@link StrictInput}). A new endpoint with a lenient body fails here.
 */
class StrictInputBodiesTest {

  private static final Set<Class<? extends Annotation>> NOT_THE_BODY =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          BeanParam.class,
          Context.class);

  @Test
  void givenEveryOperatorApiBodyType_eachRecordInIt_refusesUnknownFields() {
    Set<Class<?>> bodies = new LinkedHashSet<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.oktaadapter.adapters.in.rest")) {
      for (Method m : c.reflect().getDeclaredMethods()) {
        if (!m.isAnnotationPresent(POST.class)
            && !m.isAnnotationPresent(PUT.class)
            && !m.isAnnotationPresent(PATCH.class)) {
          continue;
        }
        for (int i = 0; i < m.getParameterCount(); i++) {
          boolean annotated = false;
          for (Annotation a : m.getParameterAnnotations()[i]) {
            annotated |=
                NOT_THE_BODY.contains(a.annotationType())
                    || a.annotationType().getPackageName().startsWith("org.jboss.resteasy");
          }
          if (!annotated) {
            bodies.add(m.getParameterTypes()[i]);
          }
        }
      }
    }
    assertThat(bodies).as("body types found").hasSizeGreaterThanOrEqualTo(5);
    Set<Class<?>> lenient = new LinkedHashSet<>();
    Deque<Class<?>> toCheck = new ArrayDeque<>(bodies);
    Set<Class<?>> seen = new LinkedHashSet<>();
    while (!toCheck.isEmpty()) {
      Class<?> type = toCheck.pop();
      if (!seen.add(type) || !type.getPackageName().startsWith("io.oktaadapter")) {
        continue;
      }
      if (!type.isAnnotationPresent(StrictInput.class) && !type.isEnum()) {
        lenient.add(type);
      }
      if (type.isRecord()) {
        for (RecordComponent rc : type.getRecordComponents()) {
          nested(rc.getGenericType(), toCheck);
        }
      }
    }
    System.out.println("Request body types checked for strict input: " + seen);
    assertThat(lenient).as("body types that would ignore unknown fields").isEmpty();
  }

  private static void nested(Type type, Deque<Class<?>> toCheck) {
    if (type instanceof Class<?> c) {
      toCheck.add(c.isArray() ? c.getComponentType() : c);
    } else if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        nested(argument, toCheck);
      }
    }
  }
}
