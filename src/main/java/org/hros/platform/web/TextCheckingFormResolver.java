package org.hros.platform.web;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * Checks the text of every form record for control characters, also on the forms whose handler validates by hand
 * rather than with {@code @Valid}, and before bean validation, so that the refusal is the message shown next to the
 * field. The handler sees the error in its {@code BindingResult} and shows the form again, as for any other.
 */
@Component
class TextCheckingFormResolver implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
            List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
            for (HandlerMethodArgumentResolver resolver : adapter.getArgumentResolvers()) {
                resolvers.add(
                        resolver.getClass() == ServletModelAttributeMethodProcessor.class
                                ? new Forms(resolver.supportsParameter(plainRecord()))
                                : resolver);
            }
            adapter.setArgumentResolvers(resolvers);
        }
        return bean;
    }

    /** A parameter without annotations: only the catch-all model-attribute resolver (the last one) takes it. */
    private static MethodParameter plainRecord() {
        try {
            return new MethodParameter(Forms.class.getDeclaredMethod("sample", Sample.class), 0);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Sample(String text) {}

    private static final class Forms extends ServletModelAttributeMethodProcessor {

        private static final TextInputAdvice.ControlCharacterValidator TEXT =
                new TextInputAdvice.ControlCharacterValidator();

        Forms(boolean annotationNotRequired) {
            super(annotationNotRequired);
        }

        @SuppressWarnings("unused")
        static void sample(Sample sample) {}

        @Override
        protected void validateIfApplicable(WebDataBinder binder, MethodParameter parameter) {
            Object target = binder.getTarget();
            if (target != null) {
                TEXT.validate(target, binder.getBindingResult());
            }
            for (Annotation annotation : parameter.getParameterAnnotations()) {
                if (ValidationAnnotationUtils.determineValidationHints(annotation) != null) {
                    super.validateIfApplicable(binder, parameter);
                    return;
                }
            }
        }
    }
}
