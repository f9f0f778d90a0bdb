package dk.pressline.platform.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Every error as RFC 9457 problem+json. Input errors list each rejected field with the reason in {@code errors}, so a
 * client can show them next to the fields; unexpected failures say nothing about the internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String WRONG_FORM = "has the wrong form";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var binding = exception.getBindingResult();
        var target = exception.getParameter().getParameterType();
        var errors = binding.getAllErrors().stream()
                .map(error -> error instanceof org.springframework.validation.FieldError field
                        ? new FieldError(
                                field.getField(),
                                field.isBindingFailure()
                                        ? expectedForm(
                                                binding.getFieldType(field.getField()), constraintsOf(target, field))
                                        : field.getDefaultMessage())
                        : new FieldError(error.getObjectName(), error.getDefaultMessage()))
                .toList();
        return invalidInput(errors, headers);
    }

    /** A query or path parameter that cannot be read as its type, in words that name the expected form. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (exception instanceof MethodArgumentTypeMismatchException argument) {
            return invalidInput(
                    List.of(new FieldError(
                            argument.getName(),
                            expectedForm(
                                    argument.getRequiredType(),
                                    argument.getParameter().getParameterAnnotations()))),
                    headers);
        }
        return invalidInput(
                List.of(new FieldError(
                        exception.getPropertyName(), expectedForm(exception.getRequiredType(), new Annotation[0]))),
                headers);
    }

    /** A required query parameter left out, named with the form its value must have. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var parameter = exception.getMethodParameter();
        var form = parameter == null
                ? WRONG_FORM
                : expectedForm(parameter.getParameterType(), parameter.getParameterAnnotations());
        return invalidInput(
                List.of(new FieldError(
                        exception.getParameterName(),
                        form.equals(WRONG_FORM) ? "is required" : "is required and " + form)),
                headers);
    }

    /** The annotations of the field a binding failed on, where its constraints (a range, say) are declared. */
    private static Annotation[] constraintsOf(Class<?> target, org.springframework.validation.FieldError field) {
        var declared = ReflectionUtils.findField(target, field.getField());
        return declared == null ? new Annotation[0] : declared.getAnnotations();
    }

    /** The form a value must have, in words: a number's range as its constraints narrow its type's. */
    private static String expectedForm(Class<?> type, Annotation[] constraints) {
        if (type == null) {
            return WRONG_FORM;
        }
        if (type == Integer.class || type == int.class) {
            return wholeNumber(constraints, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == Long.class || type == long.class) {
            return wholeNumber(constraints, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == UUID.class) {
            return "must be an id of the form 123e4567-e89b-12d3-a456-426614174000";
        }
        if (type == LocalDate.class) {
            return "must be a date of the form 2026-12-07";
        }
        if (type.isEnum()) {
            return "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        return WRONG_FORM;
    }

    private static String wholeNumber(Annotation[] constraints, long least, long largest) {
        for (var constraint : constraints) {
            if (constraint instanceof Min min) {
                least = Math.max(least, min.value());
            } else if (constraint instanceof Max max) {
                largest = Math.min(largest, max.value());
            }
        }
        return "must be a whole number from " + least + " to " + largest;
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(fieldName(result, error), error.getDefaultMessage())))
                .toList();
        return invalidInput(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = causeOfType(exception, RequestTooLargeException.class);
        if (tooLarge != null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), headers);
        }
        var jackson = causeOfType(exception, JacksonException.class);
        if (jackson == null) {
            return problem(HttpStatus.BAD_REQUEST, "The request body is missing or cannot be read.", headers);
        }
        if (jackson instanceof StreamReadException && !(jackson instanceof MismatchedInputException)) {
            var location = jackson.getLocation();
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "The request body is not valid JSON (line " + location.getLineNr() + ", column "
                            + location.getColumnNr() + ").",
                    headers);
        }
        return invalidInput(List.of(new FieldError(path(jackson), reason(jackson))), headers);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException exception) {
        var errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList();
        return invalidInput(errors, new HttpHeaders());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> handleInvalidInput(InvalidInputException exception) {
        return invalidInput(List.of(exception.error()), new HttpHeaders());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> handleNotFound(NotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, exception.getMessage(), new HttpHeaders());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> handleConflict(ConflictException exception) {
        return problem(HttpStatus.CONFLICT, exception.getMessage(), new HttpHeaders());
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<Object> handlePreconditionFailed(PreconditionFailedException exception) {
        return problem(HttpStatus.PRECONDITION_FAILED, exception.getMessage(), new HttpHeaders());
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<Object> handlePreconditionRequired(PreconditionRequiredException exception) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, exception.getMessage(), new HttpHeaders());
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<Object> handleTooLarge(RequestTooLargeException exception) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, exception.getMessage(), new HttpHeaders());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception exception) {
        log.error("Unexpected failure", exception);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. The error has been logged.",
                new HttpHeaders());
    }

    private ResponseEntity<Object> invalidInput(List<FieldError> errors, HttpHeaders headers) {
        var detail = errors.stream()
                .map(error -> error.field() + ": " + error.reason())
                .collect(Collectors.joining("; "));
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid input: " + detail);
        body.setTitle("Invalid input");
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(body);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail, HttpHeaders headers) {
        return ResponseEntity.status(status).headers(headers).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static String fieldName(ParameterValidationResult result, MessageSourceResolvable error) {
        if (error instanceof org.springframework.validation.FieldError field) {
            return field.getField();
        }
        var name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter " + result.getMethodParameter().getParameterIndex() : name;
    }

    private static String path(JacksonException exception) {
        var path = exception.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    private static String reason(JacksonException exception) {
        if (exception instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        if (exception instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + describe(mismatched.getTargetType());
        }
        if (exception instanceof ValueInstantiationException && exception.getCause() != null) {
            return exception.getCause().getMessage();
        }
        return exception.getOriginalMessage();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static <T extends Throwable> T causeOfType(Throwable throwable, Class<T> type) {
        for (var cause = throwable; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
